package fr.palmares.load;

/** A file that cannot be read as a document; the message is one line meant for the user. */
public class LoadException extends Exception {
    public LoadException(String message) {
        super(message);
    }

    public LoadException(String message, Throwable cause) {
        super(message, cause);
    }
}

/** Geography: resolves printed collectivité names to the official INSEE geography (SIREN, département, region). */
@NullMarked
package fr.palmares.geo;

import org.jspecify.annotations.NullMarked;

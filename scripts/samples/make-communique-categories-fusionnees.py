#!/usr/bin/env python3
"""Writes src/test/resources/docs/2022-communique-tableau-categories-fusionnees.pdf with ReportLab (Debian package
python3-reportlab; run it with /usr/bin/python3): a press release whose laureates are in a table drawn
without any ruling, grouped by region, the region printed once at the top of the rows it spans (a
merged cell), one project title wrapped over two lines in its cell. Same input, same bytes
(invariant mode, fixed dates)."""
import os
import sys

from reportlab import rl_config

rl_config.invariant = 1
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "src", "test", "resources", "docs", "2022-communique-tableau-categories-fusionnees.pdf")

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11, leading=14, spaceAfter=8)
small = ParagraphStyle("small", fontName="Times-Italic", fontSize=9, leading=11, spaceAfter=4)
title = ParagraphStyle("title", fontName="Times-Bold", fontSize=17, leading=21, spaceAfter=10)
heading = ParagraphStyle("heading", fontName="Times-Bold", fontSize=13, leading=16, spaceBefore=8, spaceAfter=6)
cell = ParagraphStyle("cell", fontName="Times-Roman", fontSize=10, leading=12)
head = ParagraphStyle("head", fontName="Times-Bold", fontSize=10, leading=12)

ROWS = [
    ("Données et mobilités", "Ville de Lorient", "Lorient, ville ouverte : les données de la mobilité partagées",
     "Or", "Bretagne"),
    ("", "Quimper Bretagne Occidentale", "Le bus à la demande", "Bronze", "Bretagne"),
    ("", "Toulouse Métropole", "Toulouse dans ma poche", "Argent", "Occitanie"),
    ("Inclusion numérique", "Communauté de communes du Grand-Figeac", "Le bus numérique des démarches", "Bronze",
     "Occitanie"),
    ("", "Département de la Gironde", "Gironde solidaire en ligne", "Argent", "Nouvelle-Aquitaine"),
    ("Transition écologique", "Ville de La Rochelle", "La Rochelle zéro carbone", "Or", "Nouvelle-Aquitaine"),
    ("", "Ville de Mulhouse", "Mulhouse diagnostic", "Argent", "Grand Est"),
]


def main():
    doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="Label Territoire Innovant 2022", author="Les Interconnectés")
    story = [
        Paragraph("Communiqué de presse — Lyon, le 7 décembre 2022", small),
        Paragraph("Label Territoire Innovant 2022 : sept lauréats dans trois catégories", title),
        Paragraph("Le jury des Interconnectés a remis hier soir, au forum de Lyon, les labels Territoire Innovant "
                  "de l’édition 2022. Voici les collectivités distinguées, présentées par catégorie.", body),
        Paragraph("Le palmarès", heading),
    ]
    data = [[Paragraph(t, head) for t in ("Catégorie", "Collectivité", "Projet", "Label", "Région")]]
    for r in ROWS:
        data.append([Paragraph(t, cell) for t in r])
    widths = [3.9 * cm, 3.6 * cm, 4.9 * cm, 1.5 * cm, 3.1 * cm]
    table = Table(data, colWidths=widths, repeatRows=1)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 2),
             ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]
    # The category cell spans the rows of its category (printed once, at the top).
    start = None
    for i, r in enumerate(ROWS, start=1):
        if r[0]:
            if start is not None and i - 1 > start:
                style.append(("SPAN", (0, start), (0, i - 1)))
            start = i
    if start is not None and len(ROWS) > start:
        style.append(("SPAN", (0, start), (0, len(ROWS))))
    table.setStyle(TableStyle(style))
    story += [table, Spacer(1, 12),
              Paragraph("Le prix start-up revient cette année à Civilab (Nantes). Les candidatures pour "
                        "l’édition 2023 seront ouvertes au printemps.", body),
              Paragraph("Contact presse : presse@interconnectes.example", small)]
    doc.build(story)


if __name__ == "__main__":
    sys.exit(main())

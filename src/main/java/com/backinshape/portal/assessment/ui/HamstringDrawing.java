package com.backinshape.portal.assessment.ui;

import com.vaadin.flow.component.Html;

/**
 * A simple drawing of the hamstring self-test, drawn for the portal: lying on the back, one straight leg raised. Its
 * labels stay inside the drawing down to a 390 px phone (the bottom one is centred).
 */
final class HamstringDrawing {

    private HamstringDrawing() {}

    static Html create() {
        String svg = """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 170" role="img" \
                aria-label="A person lying on their back on the floor, one knee bent with the foot flat, \
                lifting the other leg straight up towards the ceiling">
                  <line x1="10" y1="150" x2="310" y2="150" stroke="#8a7f70" stroke-width="3"/>
                  <path d="M 150 136 L 250 136" stroke="#c9bfb0" stroke-width="2" stroke-dasharray="5 5" fill="none"/>
                  <path d="M 200 136 A 50 50 0 0 0 185 101" stroke="#0f5c5c" stroke-width="2" fill="none"/>
                  <g stroke="#1f2a2a" stroke-width="7" stroke-linecap="round" stroke-linejoin="round" fill="none">
                    <line x1="52" y1="134" x2="150" y2="136"/>
                    <polyline points="150,136 190,104 222,146"/>
                    <line x1="150" y1="136" x2="226" y2="52"/>
                    <line x1="74" y1="135" x2="116" y2="144"/>
                  </g>
                  <circle cx="38" cy="130" r="13" fill="#1f2a2a"/>
                  <line x1="222" y1="146" x2="238" y2="146" stroke="#1f2a2a" stroke-width="7" stroke-linecap="round"/>
                  <line x1="226" y1="52" x2="238" y2="40" stroke="#1f2a2a" stroke-width="7" stroke-linecap="round"/>
                  <text x="206" y="92" font-size="13" fill="#0f5c5c">straight leg</text>
                  <text x="160" y="167" font-size="13" text-anchor="middle" fill="#4a5757">other knee bent, foot flat</text>
                </svg>""";
        var html = new Html("<div class=\"hamstring-drawing\">" + svg + "</div>");
        html.setId("hamstring-drawing");
        return html;
    }
}

package com.backinshape.portal.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page shell of every Vaadin view: Lumo from Vaadin's pre-compiled bundle plus the portal's own stylesheet (no
 * front-end build: see the README).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/portal.css")
@Viewport("width=device-width, initial-scale=1")
@Meta(name = "theme-color", content = "#0f5c5c")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "images/favicon.svg", "any");
        settings.setPageTitle("Back in Shape Members");
    }
}

package com.backinshape.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/**
 * Opens a page, or a wizard's next step, at its top: the window and every scrolled container go back to the start and
 * the keyboard focus moves to the heading, so a screen reader announces the new page and the next Tab starts from
 * there. Used by {@link MainLayout} after every navigation and by wizards when they change step without navigating.
 */
public final class PageTop {

    private PageTop() {}

    /** After a navigation: the first {@code h1} of the page (kept where it is on a page's first load). */
    static void afterNavigation(UI ui, Component layout) {
        ui.getPage().executeJs(SCRIPT, layout.getElement(), null, true);
    }

    /** After a step change: the given heading gets the focus, and the page is shown from its top. */
    public static void show(Component heading) {
        heading.getUI().ifPresent(ui -> ui.getPage().executeJs(SCRIPT, null, heading.getElement(), false));
    }

    /**
     * $0: the layout, to find the page's h1 in; $1: the heading itself; $2: whether this is a navigation, which on the
     * page's first load leaves the focus where the browser puts it (e.g. an autofocused field).
     */
    private static final String SCRIPT = """
            const heading = $1 || ($0 && $0.querySelector('h1'));
            const firstLoad = $2 && !window.__portalNavigated;
            if ($2) window.__portalNavigated = true;
            const toTop = () => {
              window.scrollTo(0, 0);
              if (document.scrollingElement) document.scrollingElement.scrollTop = 0;
              // the layout's content area scrolls inside its shadow root: climb through slots and hosts
              const up = node => node.assignedSlot || node.parentElement
                  || (node.getRootNode() instanceof ShadowRoot ? node.getRootNode().host : null);
              for (let node = heading && up(heading); node; node = up(node)) {
                if (node.scrollTop) node.scrollTop = 0;
              }
              const layout = document.querySelector('vaadin-app-layout');
              const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[part~="content"]');
              if (content) content.scrollTop = 0;
            };
            if (heading && !firstLoad) {
              if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
              heading.focus({preventScroll: true});
            }
            toTop();
            requestAnimationFrame(toTop);
            """;
}

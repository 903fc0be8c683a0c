package com.backinshape.portal.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The members' layout: the clinic's name, a side navigation built from the views' {@code @Menu} entries the person may
 * open, sign out, and the clinic's contact details.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AuthenticationContext auth;
    private final SideNav nav = new SideNav();
    /** Clinic staff's pages, in a section of their own below the member links; made only for staff. */
    private @Nullable SideNav adminNav;

    private final Div menus = new Div(nav);

    private final Div header = new Div();
    private @Nullable Div user;
    private boolean signedIn;
    private List<MenuEntry> menu = List.of();
    private final Div banners = new Div();
    private final ObjectProvider<LayoutBanner> bannerSources;

    public MainLayout(AuthenticationContext auth, ClinicFooter footer, ObjectProvider<LayoutBanner> bannerSources) {
        this.auth = auth;
        this.bannerSources = bannerSources;
        banners.addClassName("portal-banners");
        setPrimarySection(Section.NAVBAR);
        addClassName("portal-layout");

        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        var brand = new Anchor("/home", "Back in Shape");
        brand.addClassName("portal-brand");
        header.addClassName("portal-header");
        header.add(brand);
        addToNavbar(toggle, header);

        nav.setLabel("Main");
        nav.addClassName("portal-nav");
        var drawer = new Div(menus, footer);
        drawer.addClassName("portal-drawer");
        addToDrawer(drawer);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        showMenu(MenuConfiguration.getMenuEntries());
        showSignInOrOut(auth.isAuthenticated());
        showBanners();
        getUI().ifPresent(ui -> PageTop.afterNavigation(ui, this));
    }

    /**
     * The links the visitor may open, rebuilt only when they changed (signing in, an admin's second factor): most
     * navigations keep the same menu, and sending it again would only cost the round trip.
     */
    private void showMenu(List<MenuEntry> entries) {
        if (entries.equals(menu)) {
            return;
        }
        menu = List.copyOf(entries);
        nav.removeAll();
        menu.stream()
                .filter(entry -> !isAdminPath(entry.path()))
                .forEach(entry -> nav.addItem(new SideNavItem(entry.title(), entry.path())));
        if (adminNav != null) {
            menus.remove(adminNav);
            adminNav = null;
        }
        List<MenuEntry> staff =
                menu.stream().filter(entry -> isAdminPath(entry.path())).toList();
        if (!staff.isEmpty()) {
            var admin = new SideNav("Admin");
            admin.setId("admin-nav");
            admin.addClassNames("portal-nav", "portal-admin-nav");
            staff.forEach(entry -> admin.addItem(new SideNavItem(entry.title(), entry.path())));
            menus.add(admin);
            adminNav = admin;
        }
    }

    /** "Sign out" for a signed-in visitor, "Sign in" otherwise; rebuilt only when that changed. */
    private void showSignInOrOut(boolean signedIn) {
        if (user != null && signedIn == this.signedIn) {
            return;
        }
        if (user != null) {
            header.remove(user);
        }
        this.signedIn = signedIn;
        if (signedIn) {
            var signOut = new Button("Sign out", e -> auth.logout());
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            signOut.setId("sign-out");
            user = new Div(signOut);
        } else {
            user = new Div(new Anchor("/login", "Sign in"));
        }
        user.addClassName("portal-user");
        header.add(user);
    }

    private static boolean isAdminPath(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.equals("admin") || p.startsWith("admin/");
    }

    /** The features' banners above the page's content (e.g. a failed payment). */
    private void showBanners() {
        banners.removeAll();
        banners.removeFromParent();
        if (auth.isAuthenticated()) {
            bannerSources.orderedStream().forEach(source -> source.banner().ifPresent(banners::add));
        }
        if (banners.getComponentCount() > 0 && getContent() != null) {
            getContent().getElement().insertChild(0, banners.getElement());
        }
    }
}

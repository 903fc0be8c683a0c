package com.backinshape.portal.account;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Signs a member in from inside a view (after "Confirm my email"), as the sign-in form would: a new session id, the
 * security context saved in the session, the session registered for "sign out everywhere".
 */
@SpringComponent
public class SignIn {

    private final SecurityContextRepository contextRepository;
    private final SessionRegistry sessionRegistry;

    SignIn(SecurityContextRepository contextRepository, SessionRegistry sessionRegistry) {
        this.contextRepository = contextRepository;
        this.sessionRegistry = sessionRegistry;
    }

    public void signIn(MemberPrincipal principal) {
        VaadinService.reinitializeSession(VaadinRequest.getCurrent());
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        var response = VaadinServletResponse.getCurrent().getHttpServletResponse();
        principal.eraseCredentials();
        var authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contextRepository.saveContext(context, request, response);
        sessionRegistry.registerNewSession(request.getSession().getId(), principal);
    }
}

package com.backinshape.portal.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A friendly 500: the details go to the log, never to the page. */
@PageTitle("Something went wrong | Back in Shape")
@AnonymousAllowed
public class InternalErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Error opening {}", event.getLocation().getPath(), parameter.getCaughtException());
        show("Something went wrong", "Please try again in a moment. If it keeps happening, call the clinic.");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}

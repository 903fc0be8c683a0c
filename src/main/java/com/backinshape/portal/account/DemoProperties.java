package com.backinshape.portal.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code app.demo.members=N} (e.g. {@code APP_DEMO_MEMBERS=100000}): demo members to top the table up to. */
@ConfigurationProperties("app.demo")
record DemoProperties(int members) {}

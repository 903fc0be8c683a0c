package com.backinshape.portal.account;

import com.backinshape.portal.account.domain.Member;
import com.backinshape.portal.account.domain.MemberRepository;
import com.backinshape.portal.account.domain.Role;
import com.backinshape.portal.base.DevTools;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first admin from {@code ADMIN_EMAIL} when no account has that address. Outside production the password is
 * {@code ADMIN_PASSWORD}; without it, a random one is printed once on a developer's machine ({@link DevTools}: no mail
 * server), and anywhere else, as always in production, the admin is emailed a link to set a password and no password is
 * ever printed.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final MemberRepository members;
    private final PasswordEncoder passwordEncoder;
    private final PasswordService passwords;
    private final Environment environment;
    private final Clock clock;
    private final String adminEmail;
    private final String adminPassword;

    AdminBootstrap(
            MemberRepository members,
            PasswordEncoder passwordEncoder,
            PasswordService passwords,
            Environment environment,
            Clock clock,
            AdminProperties admin) {
        this.members = members;
        this.passwordEncoder = passwordEncoder;
        this.passwords = passwords;
        this.environment = environment;
        this.clock = clock;
        this.adminEmail = admin.emailOrBlank();
        this.adminPassword = admin.passwordOrBlank();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (adminEmail.isEmpty()) {
            return;
        }
        boolean production = environment.acceptsProfiles(Profiles.of("prod"));
        boolean devTools = DevTools.enabled(environment);
        if (members.existsByEmailKey(Member.emailKey(adminEmail))) {
            if (devTools) {
                log.info("Admin sign-in: {} (the password was printed when this admin was created)", adminEmail);
            }
            return;
        }
        boolean invite = production || (adminPassword.isBlank() && !devTools);
        boolean generated = invite || adminPassword.isBlank();
        String password = generated ? randomPassword() : adminPassword;
        Member admin = new Member(
                "Admin",
                adminEmail,
                passwordEncoder.encode(password),
                Role.ADMIN,
                clock.instant(),
                SignupService.TERMS_VERSION,
                SignupService.HEALTH_CONSENT_VERSION);
        admin.markVerified(clock.instant());
        members.save(admin);
        if (invite) {
            passwords.inviteAdmin(admin);
            log.info("Created the first admin {}; a link to set the password was emailed", adminEmail);
        } else if (generated) {
            log.warn(
                    "\n\n    Dev admin created. Sign in at /login as {} with password {}\n"
                            + "    (shown once; set ADMIN_PASSWORD to choose one)\n",
                    adminEmail,
                    password);
        } else {
            log.info("Dev admin created: {} with the password from ADMIN_PASSWORD", adminEmail);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

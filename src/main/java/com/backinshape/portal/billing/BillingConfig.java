package com.backinshape.portal.billing;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Billing's settings, reading amounts such as {@code 9.99 GBP} from them, and the threads that process Stripe's events.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BillingProperties.class)
class BillingConfig {

    /** The executor {@link StripeEventProcessor} runs on (its {@code @Async} names it). */
    static final String STRIPE_EVENTS = "stripeEventExecutor";

    /**
     * Stripe's events are processed on two threads of their own, never on the shared executor of the email listeners: a
     * burst of events (a price change touches every subscriber; Stripe redelivers a backlog after an outage) waits
     * here, in order, while a new member's verification email still leaves at once, and the web threads answering
     * Stripe keep most of the processor time. Each event asks Stripe's API once, so two at a time also keeps far below
     * its rate limit. Waiting events are durable (the event log), so a restart loses none. The application's own
     * executor stays the default for every other {@code @Async} listener ({@code spring.task.execution.mode=force}).
     */
    @Bean(name = STRIPE_EVENTS)
    ThreadPoolTaskExecutor stripeEventExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("stripe-events-");
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(30);
        return executor;
    }

    @Bean
    @ConfigurationPropertiesBinding
    static Converter<String, Money> moneyConverter() {
        return new Converter<>() {
            @Override
            public Money convert(String source) {
                return Money.parse(source);
            }
        };
    }
}

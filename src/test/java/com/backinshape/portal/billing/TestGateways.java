package com.backinshape.portal.billing;

import com.backinshape.portal.billing.gateway.PaymentGateway;
import com.backinshape.portal.billing.gateway.PaymentGateways;
import com.backinshape.portal.billing.gateway.SimulatedGateway;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The tests' choice of payment gateway: the one the application chose (simulated, in tests) unless a test puts another
 * in place, e.g. Stripe's gateway pointed at WireMock, for the same pipeline.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestGateways {

    @Bean
    @Primary
    Switchable switchableGateways(BillingProperties settings, SimulatedGateway simulated) {
        return new Switchable(settings, simulated);
    }

    public static class Switchable extends PaymentGateways {

        private volatile @Nullable PaymentGateway replacement;

        Switchable(BillingProperties settings, SimulatedGateway simulated) {
            super(settings, simulated);
        }

        @Override
        public PaymentGateway current() {
            PaymentGateway r = replacement;
            return r != null ? r : super.current();
        }

        /** Runs the pipeline against {@code gateway} until {@link #reset()}. */
        void use(PaymentGateway gateway) {
            replacement = gateway;
        }

        void reset() {
            replacement = null;
        }
    }
}

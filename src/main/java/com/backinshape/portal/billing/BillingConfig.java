package com.backinshape.portal.billing;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;

/** Billing's settings, and reading amounts such as {@code 9.99 GBP} from them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BillingProperties.class)
class BillingConfig {

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

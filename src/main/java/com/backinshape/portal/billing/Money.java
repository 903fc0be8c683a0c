package com.backinshape.portal.billing;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * An amount of money in minor units (pence) and its currency; never a double.
 *
 * @param minor the amount in the currency's minor unit, e.g. 999 for £9.99
 * @param currency the ISO currency
 */
public record Money(long minor, Currency currency) {

    public static final Currency GBP = Currency.getInstance("GBP");

    public static Money gbp(long pence) {
        return new Money(pence, GBP);
    }

    /** Reads {@code "9.99 GBP"} or {@code "GBP 9.99"} (the form used in settings). */
    public static Money parse(String text) {
        String[] parts = text.strip().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("Expected an amount and a currency, e.g. '9.99 GBP': " + text);
        }
        boolean currencyFirst = parts[0].chars().allMatch(Character::isLetter);
        Currency currency = Currency.getInstance((currencyFirst ? parts[0] : parts[1]).toUpperCase());
        BigDecimal amount = new BigDecimal(currencyFirst ? parts[1] : parts[0]);
        return new Money(
                amount.movePointRight(currency.getDefaultFractionDigits()).longValueExact(), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(minor - other.minor, currency);
    }

    public Money times(int factor) {
        return new Money(Math.multiplyExact(minor, factor), currency);
    }

    public boolean isPositive() {
        return minor > 0;
    }

    /** e.g. {@code £9.99}, {@code £89}, {@code -£1.50}: whole pounds without pence. */
    public String format() {
        String symbol = currency.equals(GBP) ? "£" : currency.getCurrencyCode() + " ";
        long abs = Math.abs(minor);
        int digits = currency.getDefaultFractionDigits();
        BigDecimal value = BigDecimal.valueOf(abs, digits);
        String number = abs % 100 == 0 ? value.setScale(0).toPlainString() : value.toPlainString();
        return (minor < 0 ? "-" : "") + symbol + number;
    }

    @Override
    public String toString() {
        return format();
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot mix " + currency + " and " + other.currency);
        }
    }
}

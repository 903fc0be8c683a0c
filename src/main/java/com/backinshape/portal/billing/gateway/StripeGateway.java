package com.backinshape.portal.billing.gateway;

import com.backinshape.portal.billing.Money;
import com.backinshape.portal.billing.PaymentProviderException;
import com.google.gson.JsonObject;
import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.InvoicePayment;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.net.StripeResponse;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.InvoiceCreatePreviewParams;
import com.stripe.param.InvoicePaymentListParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.SubscriptionUpdateParams;
import com.stripe.param.checkout.SessionCreateParams;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The payment gateway of Stripe mode, through stripe-java. Building it does not call Stripe, so a slow or unreachable
 * Stripe never stops the portal from starting.
 */
public class StripeGateway implements PaymentGateway {

    private final StripeClient client;

    public StripeGateway(String secretKey, String apiBase) {
        this.client = StripeClient.builder()
                .setApiKey(secretKey)
                .setApiBase(apiBase)
                .setConnectTimeout(10_000)
                .setReadTimeout(20_000)
                .setMaxNetworkRetries(2)
                .build();
    }

    @Override
    public boolean isSimulated() {
        return false;
    }

    @Override
    public String createCustomer(long memberId, String email, String name, String idempotencyKey) {
        return call(() -> client.v1()
                .customers()
                .create(
                        CustomerCreateParams.builder()
                                .setEmail(email)
                                .setName(name)
                                .putMetadata("member_id", String.valueOf(memberId))
                                .build(),
                        idempotent(idempotencyKey))
                .getId());
    }

    @Override
    public CheckoutFacts createCheckout(CheckoutRequest r) {
        var subscriptionData =
                SessionCreateParams.SubscriptionData.builder().putMetadata("member_id", String.valueOf(r.memberId()));
        if (r.trial()) {
            subscriptionData.setTrialPeriodDays((long) r.trialDays());
        }
        var params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                .setCustomer(r.customerId())
                .setClientReferenceId(String.valueOf(r.memberId()))
                .putMetadata("member_id", String.valueOf(r.memberId()))
                .setAllowPromotionCodes(true)
                .setLocale(SessionCreateParams.Locale.EN_GB)
                .addLineItem(SessionCreateParams.LineItem.builder()
                        .setPrice(r.priceId())
                        .setQuantity(1L)
                        .build())
                .setSubscriptionData(subscriptionData.build())
                .setSuccessUrl(r.successUrl())
                .setCancelUrl(r.cancelUrl())
                .build();
        return toSession(call(() -> client.v1().checkout().sessions().create(params, idempotent(r.idempotencyKey()))));
    }

    @Override
    public CheckoutFacts checkoutSession(String sessionId) {
        return toSession(call(() -> client.v1().checkout().sessions().retrieve(sessionId)));
    }

    @Override
    public SubscriptionFacts subscription(String subscriptionId) {
        return SubscriptionFacts.read(rawSubscription(subscriptionId));
    }

    private JsonObject rawSubscription(String subscriptionId) {
        return raw(
                call(() -> client.v1().subscriptions().retrieve(subscriptionId)).getLastResponse());
    }

    @Override
    public Money previewChange(String subscriptionId, String priceId) {
        String itemId = itemId(subscriptionId);
        var params = InvoiceCreatePreviewParams.builder()
                .setSubscription(subscriptionId)
                .setSubscriptionDetails(InvoiceCreatePreviewParams.SubscriptionDetails.builder()
                        .addItem(InvoiceCreatePreviewParams.SubscriptionDetails.Item.builder()
                                .setId(itemId)
                                .setPrice(priceId)
                                .build())
                        .setProrationBehavior(
                                InvoiceCreatePreviewParams.SubscriptionDetails.ProrationBehavior.CREATE_PRORATIONS)
                        .build())
                .build();
        var invoice = call(() -> client.v1().invoices().createPreview(params));
        return new Money(
                invoice.getAmountDue(),
                java.util.Currency.getInstance(invoice.getCurrency().toUpperCase(Locale.ROOT)));
    }

    @Override
    public void changePrice(String subscriptionId, String priceId) {
        String itemId = itemId(subscriptionId);
        call(() -> client.v1()
                .subscriptions()
                .update(
                        subscriptionId,
                        SubscriptionUpdateParams.builder()
                                .addItem(SubscriptionUpdateParams.Item.builder()
                                        .setId(itemId)
                                        .setPrice(priceId)
                                        .build())
                                .setProrationBehavior(SubscriptionUpdateParams.ProrationBehavior.ALWAYS_INVOICE)
                                .build()));
    }

    @Override
    public void setCancelAtPeriodEnd(String subscriptionId, boolean cancel) {
        call(() -> client.v1()
                .subscriptions()
                .update(
                        subscriptionId,
                        SubscriptionUpdateParams.builder()
                                .setCancelAtPeriodEnd(cancel)
                                .build()));
    }

    @Override
    public void cancelNow(String subscriptionId) {
        call(() -> client.v1().subscriptions().cancel(subscriptionId));
    }

    @Override
    public void pauseCollection(String subscriptionId, @Nullable Instant resumesAt) {
        var params = SubscriptionUpdateParams.builder();
        if (resumesAt == null) {
            params.setPauseCollection(com.stripe.param.common.EmptyParam.EMPTY);
        } else {
            params.setPauseCollection(SubscriptionUpdateParams.PauseCollection.builder()
                    .setBehavior(SubscriptionUpdateParams.PauseCollection.Behavior.VOID)
                    .setResumesAt(resumesAt.getEpochSecond())
                    .build());
        }
        call(() -> client.v1().subscriptions().update(subscriptionId, params.build()));
    }

    @Override
    public void extendTrial(String subscriptionId, Instant renewsAt) {
        call(() -> client.v1()
                .subscriptions()
                .update(
                        subscriptionId,
                        SubscriptionUpdateParams.builder()
                                .setTrialEnd(renewsAt.getEpochSecond())
                                .setProrationBehavior(SubscriptionUpdateParams.ProrationBehavior.NONE)
                                .build()));
    }

    @Override
    public void deleteCustomer(String customerId) {
        try {
            client.v1().customers().delete(customerId);
        } catch (com.stripe.exception.InvalidRequestException e) {
            if (!"resource_missing".equals(e.getCode())) {
                throw new PaymentProviderException(e);
            }
        } catch (com.stripe.exception.StripeException e) {
            throw new PaymentProviderException(e);
        }
    }

    @Override
    public void refundLatestPayment(String subscriptionId) {
        refund(subscriptionId, null, null);
    }

    @Override
    public void refundLatestPayment(String subscriptionId, long amountMinor, String idempotencyKey) {
        refund(subscriptionId, amountMinor, idempotencyKey);
    }

    private void refund(String subscriptionId, @Nullable Long amountMinor, @Nullable String idempotencyKey) {
        String invoiceId = StripeJson.str(rawSubscription(subscriptionId), "latest_invoice");
        if (invoiceId == null) {
            throw new IllegalStateException("The subscription has no invoice to refund");
        }
        var payments = call(() -> client.v1()
                .invoicePayments()
                .list(InvoicePaymentListParams.builder().setInvoice(invoiceId).build()));
        InvoicePayment paid = payments.getData().stream()
                .filter(p -> "paid".equals(p.getStatus()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The latest invoice has no payment to refund"));
        var params = RefundCreateParams.builder();
        if (paid.getPayment().getPaymentIntent() != null) {
            params.setPaymentIntent(paid.getPayment().getPaymentIntent());
        } else {
            params.setCharge(paid.getPayment().getCharge());
        }
        if (amountMinor != null) {
            params.setAmount(amountMinor);
        }
        String key = idempotencyKey == null ? "refund:" + invoiceId : "refund:" + invoiceId + ":" + idempotencyKey;
        call(() -> client.v1().refunds().create(params.build(), idempotent(key)));
    }

    @Override
    public @Nullable String portalUrl(String customerId, String returnUrl) {
        return call(() -> client.v1()
                        .billingPortal()
                        .sessions()
                        .create(com.stripe.param.billingportal.SessionCreateParams.builder()
                                .setCustomer(customerId)
                                .setReturnUrl(returnUrl)
                                .build()))
                .getUrl();
    }

    private String itemId(String subscriptionId) {
        return StripeJson.str(StripeJson.firstItem(rawSubscription(subscriptionId)), "id");
    }

    private static CheckoutFacts toSession(Session s) {
        return CheckoutFacts.read(raw(s.getLastResponse()));
    }

    private static JsonObject raw(StripeResponse response) {
        return StripeJson.parse(response.body());
    }

    private static RequestOptions idempotent(String key) {
        return RequestOptions.builder().setIdempotencyKey(key).build();
    }

    private interface StripeCall<T> {
        T run() throws StripeException;
    }

    private static <T> T call(StripeCall<T> call) {
        try {
            return call.run();
        } catch (StripeException e) {
            throw new PaymentProviderException(e);
        }
    }
}

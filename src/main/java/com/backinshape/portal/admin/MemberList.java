package com.backinshape.portal.admin;

import com.backinshape.portal.account.AccountAdministration;
import com.backinshape.portal.account.MemberFilter;
import com.backinshape.portal.account.MemberSummary;
import com.backinshape.portal.base.TimeConfig;
import com.backinshape.portal.billing.PremiumAccess;
import com.backinshape.portal.billing.SubscriptionAdministration;
import com.backinshape.portal.billing.SubscriptionStatus;
import com.backinshape.portal.billing.Tier;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members list and its CSV export. The export holds account data only (never health data), with dates and times in
 * UK form, London time; each export is recorded in the audit log.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class MemberList {

    static final List<String> CSV_HEADER = List.of(
            "Member id",
            "First name",
            "Email",
            "Joined",
            "Email confirmed",
            "Sign-in",
            "Source article",
            "UTM source",
            "UTM medium",
            "UTM campaign",
            "Tier",
            "Subscription status");
    /** Members whose tier and subscription status are looked up together while exporting. */
    private static final int CSV_BATCH = 500;
    /** e.g. 26/11/2026 14:05 (London). */
    static final DateTimeFormatter CSV_TIME =
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", TimeConfig.EN_GB).withZone(TimeConfig.LONDON);

    private final AccountAdministration accounts;
    private final PremiumAccess access;
    private final SubscriptionAdministration subscriptions;
    private final AuditLog audit;

    MemberList(
            AccountAdministration accounts,
            PremiumAccess access,
            SubscriptionAdministration subscriptions,
            AuditLog audit) {
        this.accounts = accounts;
        this.access = access;
        this.subscriptions = subscriptions;
        this.audit = audit;
    }

    /**
     * {@code filter} narrowed to members of {@code tier} and {@code status} (nulls: any), as billing answers now. Paid
     * members are the few: they are listed by id, free ones as "everyone but the paid".
     */
    @Transactional(readOnly = true)
    public MemberFilter withBilling(MemberFilter filter, @Nullable Tier tier, @Nullable SubscriptionStatus status) {
        Set<Long> only = status == null ? null : subscriptions.membersWithStatus(status);
        Set<Long> except = null;
        if (tier == Tier.FREE) {
            except = access.paidTiers().keySet();
        } else if (tier != null) {
            Set<Long> ofTier = access.paidTiers().entrySet().stream()
                    .filter(e -> e.getValue() == tier)
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            only = only == null
                    ? ofTier
                    : ofTier.stream().filter(only::contains).collect(Collectors.toSet());
        }
        return filter.restrictedTo(only, except);
    }

    /** One page of the grid with tier and status: two billing queries for the page, never one per member. */
    @Transactional(readOnly = true)
    public Slice<MemberRow> rows(MemberFilter filter, Pageable pageable) {
        Slice<MemberSummary> page = accounts.page(filter, pageable);
        List<Long> ids = page.getContent().stream().map(MemberSummary::id).toList();
        Map<Long, Tier> tiers = access.tiersFor(ids);
        Map<Long, SubscriptionStatus> statuses = subscriptions.statusesOf(ids);
        return page.map(m -> new MemberRow(m, tiers.getOrDefault(m.id(), Tier.FREE), statuses.get(m.id())));
    }

    @Transactional(readOnly = true)
    public Slice<MemberSummary> page(MemberFilter filter, Pageable pageable) {
        return accounts.page(filter, pageable);
    }

    @Transactional(readOnly = true)
    public List<String> sources() {
        return accounts.sources();
    }

    /** Writes the filtered members as CSV (UTF-8 with a byte-order mark, so Excel reads it right). */
    @Transactional
    public void writeCsv(MemberFilter filter, OutputStream out) {
        audit.record(AuditAction.EXPORTED_MEMBERS, null, null, "CSV export of the members list", describe(filter));
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            var csv = new CSVPrinter(
                    writer,
                    CSVFormat.DEFAULT
                            .builder()
                            .setHeader(CSV_HEADER.toArray(String[]::new))
                            .get());
            var batch = new java.util.ArrayList<MemberSummary>(CSV_BATCH);
            accounts.forEachMember(filter, m -> {
                batch.add(m);
                if (batch.size() == CSV_BATCH) {
                    printBatch(csv, batch);
                }
            });
            printBatch(csv, batch);
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints and empties {@code batch}, with two billing queries for the whole batch. */
    private void printBatch(CSVPrinter csv, List<MemberSummary> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Long> ids = batch.stream().map(MemberSummary::id).toList();
        Map<Long, Tier> tiers = access.tiersFor(ids);
        Map<Long, SubscriptionStatus> statuses = subscriptions.statusesOf(ids);
        batch.forEach(m -> print(csv, m, tiers.getOrDefault(m.id(), Tier.FREE), statuses.get(m.id())));
        batch.clear();
    }

    private static void print(CSVPrinter csv, MemberSummary m, Tier tier, @Nullable SubscriptionStatus status) {
        try {
            csv.printRecord(
                    m.id(),
                    safe(m.firstName()),
                    safe(m.email()),
                    time(m.joinedAt()),
                    time(m.verifiedAt()),
                    m.enabled() ? "enabled" : "disabled",
                    safe(m.source()),
                    safe(m.utmSource()),
                    safe(m.utmMedium()),
                    safe(m.utmCampaign()),
                    tier.label(),
                    status == null ? "" : status.label());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String time(@Nullable Instant at) {
        return at == null ? "" : CSV_TIME.format(at);
    }

    /** Cells starting with = + - @ would run as formulas in a spreadsheet: prefix them with a quote. */
    static String safe(@Nullable String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    static String describe(MemberFilter f) {
        var parts = new StringBuilder();
        if (f.search() != null && !f.search().isBlank())
            parts.append("search \"").append(f.search().strip()).append("\"; ");
        if (f.verified() != null) parts.append(f.verified() ? "verified; " : "not verified; ");
        if (f.source() != null) parts.append("source ").append(f.source()).append("; ");
        if (f.joinedFrom() != null)
            parts.append("joined from ")
                    .append(TimeConfig.DATE.format(f.joinedFrom()))
                    .append("; ");
        if (f.joinedTo() != null)
            parts.append("joined to ")
                    .append(TimeConfig.DATE.format(f.joinedTo()))
                    .append("; ");
        return parts.isEmpty() ? "all members" : parts.substring(0, parts.length() - 2);
    }
}

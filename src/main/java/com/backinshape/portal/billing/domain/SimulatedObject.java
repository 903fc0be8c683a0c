package com.backinshape.portal.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An object of simulated mode's stand-in for Stripe (a checkout session or subscription), as Stripe-shaped JSON. */
@Entity
@Table(name = "billing_simulated_object")
public class SimulatedObject {

    @Id
    @Column(name = "id")
    private String id;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "json", nullable = false)
    private String json;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SimulatedObject() {
        this("", "", "", Instant.EPOCH);
    }

    public SimulatedObject(String id, String kind, String json, Instant now) {
        this.id = id;
        this.kind = kind;
        this.json = json;
        this.updatedAt = now;
    }

    public void update(String json, Instant now) {
        this.json = json;
        this.updatedAt = now;
    }

    public String getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getJson() {
        return json;
    }
}

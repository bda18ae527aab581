package org.policylens.model;

/** A fact stated by the article under verification; {@code id} is stable across runs. */
public record Claim(String id, Fact fact) {
}

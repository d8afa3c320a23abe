package cn.perfeval.scoring.engine.scorecard;

/** An input an item needed that has not arrived; the item scores without it and is marked incomplete. */
public record MissingInput(String itemCode, String key, String reason) {
}

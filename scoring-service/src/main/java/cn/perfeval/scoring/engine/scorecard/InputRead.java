package cn.perfeval.scoring.engine.scorecard;

import cn.perfeval.scoring.engine.facts.SourceRef;

import java.util.List;

/** One input an item read: its key, the value as read, and the records (with versions) it came from, sorted. */
public record InputRead(String key, String value, List<SourceRef> sources) {

    public InputRead {
        sources = sources.stream().sorted().toList();
    }
}

package cn.perfeval.scoring.engine.scorecard;

import cn.perfeval.scoring.engine.facts.SourceRef;

import java.util.List;

/** One input an item read: its key, the value as read, and the records (with versions) it came from, sorted. */
public record InputRead(String key, String value, List<SourceRef> sources) {

    public InputRead {
        // Most inputs come from one record: nothing to sort then.
        sources = sources.size() < 2 ? List.copyOf(sources) : sources.stream().sorted().toList();
    }
}

package cn.perfeval.report.narrative;

import cn.perfeval.platform.events.OutgoingEvent;
import cn.perfeval.platform.events.outbox.EventPublisher;
import cn.perfeval.report.evaluation.ReportEvents;
import cn.perfeval.report.rendering.NarrativeKeys;
import cn.perfeval.report.rendering.NarrativeTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.List;

/**
 * Announces the evaluation's narrative after each write as {@value #EVENT_TYPE} (narrative-changed-v1.json): every
 * fixed section the report outline expects, with the length of its current text, so that scoring-service can refuse
 * a submission with an empty section without reading the texts. The whole state each time, numbered, so a consumer
 * keeps the highest revision and needs no earlier event.
 */
@ApplicationScoped
public class NarrativeChanges {

    public static final String EVENT_TYPE = "cn.perfeval.report.narrative.changed";
    static final URI SCHEMA = URI.create("/schemas/narrative-changed-v1.json");

    /** The data of the event. */
    public record NarrativeChanged(String departmentCode, int fiscalYear, int revision, List<Section> sections) {
    }

    /** @param characters the length of the current text in characters (code points); 0 when empty or withdrawn */
    public record Section(String key, String title, int characters) {
    }

    private final NarrativeStore store;
    private final EventPublisher events;

    public NarrativeChanges(NarrativeStore store, EventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** Called in the write's transaction, after its revision was appended, under the evaluation's lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    void announce(String departmentCode, int fiscalYear) {
        NarrativeTexts texts = store.current(departmentCode, fiscalYear);
        List<Section> sections = NarrativeKeys.fixedSections().entrySet().stream()
                .map(section -> new Section(section.getKey(), section.getValue(), characters(texts, section.getKey())))
                .toList();
        events.publish(new OutgoingEvent(ReportEvents.TOPIC, EVENT_TYPE, SCHEMA, departmentCode, fiscalYear,
                departmentCode + "/" + fiscalYear + "/report/narrative", new NarrativeChanged(departmentCode,
                        fiscalYear, store.revisionCount(departmentCode, fiscalYear), sections)));
    }

    private static int characters(NarrativeTexts texts, String key) {
        return texts.text(key).map(text -> text.codePointCount(0, text.length())).orElse(0);
    }
}

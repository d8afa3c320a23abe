package cn.perfeval.report.rendering;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;

/** The report as data ({@link ReportDocument}): headline figures first, then the whole structured report. */
@ApplicationScoped
public class JsonFormat implements ReportFormat {

    static final String TYPE = MediaType.APPLICATION_JSON;

    private final ObjectMapper json;

    public JsonFormat(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public MediaType mediaType() {
        return MediaType.APPLICATION_JSON_TYPE;
    }

    @Override
    public byte[] render(ReportContent report, Integer version) {
        try {
            return json.writeValueAsBytes(ReportDocument.of(report, version));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A report is always serialisable", e);
        }
    }
}

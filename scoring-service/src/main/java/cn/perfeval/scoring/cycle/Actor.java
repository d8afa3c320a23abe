package cn.perfeval.scoring.cycle;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who made a transition: the token's subject and the role the transition was made in. */
@Schema(name = "CycleActor")
public record Actor(@Schema(example = "editor-gzhpf") String subject, @Schema(example = "department-editor") String role) {
}

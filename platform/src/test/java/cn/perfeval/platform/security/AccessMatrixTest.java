package cn.perfeval.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessMatrixTest {

    private static final AccessMatrix MATRIX = AccessMatrix.parse(List.of(
            "# comment",
            "",
            "goals,own-department,department-editor bureau-reviewer admin",
            "push,own-department,erp-integration",
            "schemes,any-department,department-editor",
            "latestReport,public,"));

    @Test
    void anOwnDepartmentOperationReachesTheTokensDepartmentsOnlyExceptForTheBureauAndOperators() {
        assertThat(MATRIX.admits("goals", true, Set.of("department-editor"), Set.of("GZHPF"), "GZHPF")).contains(true);
        assertThat(MATRIX.admits("goals", true, Set.of("department-editor"), Set.of("GZHPF"), "OTHER")).contains(false);
        assertThat(MATRIX.admits("goals", true, Set.of("bureau-reviewer"), Set.of(), "OTHER")).contains(true);
        assertThat(MATRIX.admits("goals", true, Set.of("admin"), Set.of(), "OTHER")).contains(true);
    }

    @Test
    void aRoleTheRowDoesNotListGrantsNothingWhateverTheDepartments() {
        assertThat(MATRIX.admits("push", true, Set.of("department-editor"), Set.of("GZHPF"), "GZHPF")).contains(false);
        assertThat(MATRIX.admits("push", true, Set.of("admin"), Set.of(), "GZHPF")).as("admins write no department data")
                .contains(false);
        assertThat(MATRIX.admits("goals", true, Set.of(), Set.of("GZHPF"), "GZHPF")).as("no role").contains(false);
        assertThat(MATRIX.admits("goals", true, Set.of("superuser"), Set.of("GZHPF"), "GZHPF")).contains(false);
    }

    @Test
    void onlyAPublicOperationNeedsNoTokenAndAnOperationWithoutARowHasNoAnswer() {
        assertThat(MATRIX.admits("latestReport", false, Set.of(), Set.of(), "GZHPF")).contains(true);
        assertThat(MATRIX.admits("schemes", false, Set.of("department-editor"), Set.of(), null)).contains(false);
        assertThat(MATRIX.admits("schemes", true, Set.of("department-editor"), Set.of(), null)).contains(true);
        assertThat(MATRIX.admits("unlisted", true, Roles.ALL, Set.of("GZHPF"), "GZHPF")).isEmpty();
    }

    @Test
    void aMalformedMatrixStopsTheServiceNamingTheLine() {
        for (List<String> lines : List.of(List.of("goals,own-department"), List.of("goals,everywhere,admin"),
                List.of("goals,own-department,root"), List.of("goals,own-department,"),
                List.of("latestReport,public,admin"), List.of("goals,any-department,admin", "goals,any-department,admin"))) {
            assertThatThrownBy(() -> AccessMatrix.parse(lines)).as(lines.toString())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("line " + lines.size());
        }
    }
}

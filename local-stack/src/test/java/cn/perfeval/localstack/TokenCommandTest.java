package cn.perfeval.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.perfeval.testinfra.DevTokens;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void mintsATokenForAnyDepartmentAndRoleSignedWithTheStacksKey() throws Exception {
        String token = TokenCommand.parse(new String[] {"--role", "department-editor", "--department", "GZCZJ",
                "--data-dir", dataDir.toString()}, Path.of("unused")).mint();

        // Verified with the key the local stack hands its services (keys/ of its data folder).
        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKey(DevTokens.persistentIn(dataDir.resolve("keys")).publicKey())
                .setExpectedIssuer(DevTokens.ISSUER).setRequireExpirationTime().build().processToClaims(token);
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("department-editor");
        assertThat(claims.getStringListClaimValue("departments")).containsExactly("GZCZJ");
        assertThat(claims.getSubject()).isEqualTo("department-editor@GZCZJ");
    }

    @Test
    void aReviewerNeedsNoDepartmentAndTheSubjectAndLifetimeCanBeChosen() throws Exception {
        TokenCommand command = TokenCommand.parse(new String[] {"--role", "bureau-reviewer", "--subject", "wang",
                "--hours", "2"}, dataDir);
        JwtClaims claims = JwtClaims.parse(new String(Base64.getUrlDecoder().decode(command.mint().split("\\.")[1]),
                StandardCharsets.UTF_8));
        assertThat(claims.getSubject()).isEqualTo("wang");
        assertThat(claims.getStringListClaimValue("departments")).isEmpty();
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue()).isEqualTo(7200);
    }

    @Test
    void refusesWhatWouldMintAUselessOrWrongToken() {
        for (List<String> args : List.of(List.of("--role", "superuser", "--department", "GZHPF"),
                List.of("--department", "GZHPF"),
                List.of("--role", "erp-integration"),
                List.of("--role", "department-editor", "--department", "gzhpf"),
                List.of("--role", "admin", "--hours", "0"),
                List.of("--role", "admin", "--groups", "admin"))) {
            assertThatThrownBy(() -> TokenCommand.parse(args.toArray(String[]::new), dataDir)).as(args.toString())
                    .isInstanceOf(StackException.class);
        }
    }
}

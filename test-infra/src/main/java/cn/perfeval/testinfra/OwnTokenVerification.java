package cn.perfeval.testinfra;

/**
 * Marks a {@code QuarkusTestProfile} that configures token verification itself (e.g. an OIDC provider's key set), so
 * {@link RealInfrastructureResource} leaves out this JVM's development key, which would otherwise take precedence.
 */
public interface OwnTokenVerification {
}

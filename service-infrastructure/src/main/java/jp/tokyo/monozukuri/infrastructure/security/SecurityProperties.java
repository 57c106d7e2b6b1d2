package jp.tokyo.monozukuri.infrastructure.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicGetPaths extra paths (Ant patterns) readable without a token, such as published press
 *                       releases; health and API docs are always open
 */
@ConfigurationProperties("security")
public record SecurityProperties(List<String> publicGetPaths) {

    public SecurityProperties {
        publicGetPaths = publicGetPaths == null ? List.of() : List.copyOf(publicGetPaths);
    }
}

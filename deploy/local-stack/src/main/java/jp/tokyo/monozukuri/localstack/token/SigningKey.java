package jp.tokyo.monozukuri.localstack.token;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;

/**
 * The issuer's RSA key pair, generated on first start and kept as a JWK in the data folder, so that tokens
 * handed out before a restart still verify after it.
 */
final class SigningKey {

    static final String FILE_NAME = "signing-key.jwk.json";

    private SigningKey() {
    }

    static RSAKey loadOrCreate(Path dir) throws IOException, JOSEException, ParseException {
        Path file = dir.resolve(FILE_NAME);
        if (Files.exists(file)) {
            return RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
        }
        RSAKey key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyIDFromThumbprint(true).generate();
        Files.createDirectories(dir);
        Path partial = dir.resolve(FILE_NAME + ".partial");
        Files.writeString(partial, key.toJSONString(), StandardCharsets.UTF_8);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        return key;
    }
}

package jp.tokyo.monozukuri.infrastructure.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * For a request that carries an {@code Idempotency-Key}: reads its body once (so that it can be fingerprinted before
 * the controller reads it) and keeps the answer (so that it can be stored for replay). Requests without the header
 * pass untouched.
 */
public class IdempotencyBodyFilter extends OncePerRequestFilter {

    /** The API's bodies are a few kilobytes; a keyed body above this is refused rather than held in memory. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getHeader(Idempotent.HEADER) == null) {
            chain.doFilter(request, response);
            return;
        }
        BufferedBodyRequest buffered = new BufferedBodyRequest(request);
        ContentCachingResponseWrapper kept = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(buffered, kept);
        } finally {
            kept.copyBodyToResponse();
        }
    }

    /** A request whose body was read up front and is served again from memory. */
    static final class BufferedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;
        private final boolean tooLarge;

        BufferedBodyRequest(HttpServletRequest request) throws IOException {
            super(request);
            try (InputStream in = request.getInputStream()) {
                byte[] read = in.readNBytes(MAX_BODY_BYTES + 1);
                this.tooLarge = read.length > MAX_BODY_BYTES;
                this.body = tooLarge ? new byte[0] : read;
            }
        }

        byte[] body() {
            return body;
        }

        boolean tooLarge() {
            return tooLarge;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already in memory");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}

package jp.tokyo.monozukuri.infrastructure.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.tokyo.monozukuri.infrastructure.events.TraceContext;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers every request with the W3C {@code traceparent} it runs in, so that a portal (or a municipality on the
 * phone) can quote the trace id. Runs just inside Boot's HTTP observation filter, whose span already continues the
 * request's own {@code traceparent}; without tracing it takes the request's trace itself (or starts one), so that
 * the events the request causes carry it on either way.
 */
public class TraceContextFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String traceparent = TraceContext.begin(request.getHeader(TraceContext.HEADER));
        response.setHeader(TraceContext.HEADER, traceparent);
        try {
            chain.doFilter(request, response);
        } finally {
            TraceContext.end();
        }
    }
}

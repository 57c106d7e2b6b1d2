package jp.tokyo.monozukuri.infrastructure.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.tokyo.monozukuri.infrastructure.events.TraceContext;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the W3C {@code traceparent} of an incoming request (or starts a trace), so that the events the
 * request causes carry it on, and answers with it so that a portal can quote it.
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

package io.github.wxshare.spring.mvc;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the body bytes the app reads, to show what the reader holds for a body of megabytes. The
 * starters' HTTP tests add {@link Registered} to their app (this module's test jar).
 */
public final class BodyBytesCounted extends OncePerRequestFilter {
  /** The count of the last request. */
  public static final AtomicLong LAST = new AtomicLong();

  /** The filter, registered in a Boot app's servlet container. */
  public static class Registered {
    @org.springframework.context.annotation.Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<BodyBytesCounted> countingBodyBytes() {
      return new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new BodyBytesCounted());
    }
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    AtomicLong count = new AtomicLong();
    ServletInputStream in = request.getInputStream();
    ServletInputStream counted = new ServletInputStream() {
      @Override
      public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
          count.incrementAndGet();
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
          count.addAndGet(n);
        }
        return n;
      }

      @Override
      public boolean isFinished() {
        return in.isFinished();
      }

      @Override
      public boolean isReady() {
        return in.isReady();
      }

      @Override
      public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
      }
    };
    try {
      chain.doFilter(new HttpServletRequestWrapper(request) {
        @Override
        public ServletInputStream getInputStream() {
          return counted;
        }
      }, response);
    } finally {
      LAST.set(count.get());
    }
  }
}

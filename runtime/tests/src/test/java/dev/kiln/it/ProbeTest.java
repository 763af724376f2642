package dev.kiln.it;

import dev.kiln.runtime.boot.KilnHandle;
import dev.kiln.runtime.config.KilnConfig;
import java.io.*;
import java.net.*;
import java.nio.charset.StandardCharsets;
import java.util.*;
import org.junit.jupiter.api.Test;

class ProbeTest {
    @Test
    void probe() throws Exception {
        try (KilnHandle app = KilnTestApp.start(KilnConfig.of(Map.of("server.port", "0")))) {
            try (Socket s = new Socket("localhost", app.port())) {
                OutputStream out = s.getOutputStream();
                out.write(("GET /scalars/shapes HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Mode: h").getBytes(StandardCharsets.US_ASCII));
                out.write("é€".getBytes(StandardCharsets.UTF_8));
                out.write("llo\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                System.out.println("PROBE raw " + new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", " | "));
            }
            // what does the webclient put on the wire? point it at a socket we control
            try (ServerSocket ss = new ServerSocket(0)) {
                Thread t = new Thread(() -> {
                    try (Socket c = ss.accept()) {
                        byte[] buf = new byte[4096];
                        int n = c.getInputStream().read(buf);
                        System.out.println("PROBE wire " + HexFormat.of().formatHex(buf, 0, n));
                        System.out.println("PROBE wiretext " + new String(buf, 0, n, StandardCharsets.ISO_8859_1));
                    } catch (IOException e) { e.printStackTrace(); }
                });
                t.start();
                try {
                    ScalarsApiClient.builder().baseUri(URI.create("http://localhost:" + ss.getLocalPort())).readTimeout(java.time.Duration.ofMillis(500)).build()
                        .shapes(Optional.empty(), 1, Color.RED, List.of(), Set.of(), Optional.empty(), Optional.empty(), List.of(), "hé");
                } catch (RuntimeException e) { System.out.println("PROBE ex " + e); }
                t.join();
            }
        }
    }
}

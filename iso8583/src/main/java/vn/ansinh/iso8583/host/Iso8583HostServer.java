package vn.ansinh.iso8583.host;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.ansinh.iso8583.Iso8583Codec;
import vn.ansinh.iso8583.Iso8583Message;
import vn.ansinh.iso8583.MalformedFieldException;
import vn.ansinh.iso8583.UnpackResult;

/**
 * A TCP acquirer host on its own port. Each connection is read by its own virtual thread (cheap, bounded by
 * connectionsMax); each request is handed to a fixed worker pool with a bounded queue, which is the only place the
 * handler runs. A connection answers its requests in order. {@link #start()} returns at once: nothing here ever
 * runs on the caller's thread.
 */
public final class Iso8583HostServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Iso8583HostServer.class.getName());
    private static final int ACCEPT_BACKLOG = 128;

    private final HostServerConfig config;
    private final Iso8583Codec codec;
    private final MessageHandler handler;
    private final ThreadPoolExecutor workers;
    private final Semaphore connectionPermits;
    private final Set<Socket> openSockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket serverSocket;

    public Iso8583HostServer(HostServerConfig config, Iso8583Codec codec, MessageHandler handler) {
        this.config = config;
        this.codec = codec;
        this.handler = handler;
        this.workers = new ThreadPoolExecutor(config.workerThreads(), config.workerThreads(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(config.queuedRequestsMax()),
                Thread.ofPlatform().name("iso8583-worker-", 0).daemon(true).factory());
        this.connectionPermits = new Semaphore(config.connectionsMax());
    }

    /** Binds the port and starts accepting; returns as soon as the port is bound. */
    public synchronized void start() throws IOException {
        if (serverSocket != null) {
            throw new IllegalStateException("already started");
        }
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(config.bindAddress()), config.port()), ACCEPT_BACKLOG);
        serverSocket = socket;
        Thread.ofPlatform().name("iso8583-accept-" + socket.getLocalPort()).daemon(true).start(this::acceptLoop);
    }

    /** The bound port, useful when the config asked for port 0. */
    public int port() {
        ServerSocket socket = serverSocket;
        if (socket == null) {
            throw new IllegalStateException("not started");
        }
        return socket.getLocalPort();
    }

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            try {
                Socket socket = serverSocket.accept();
                if (!connectionPermits.tryAcquire()) {
                    LOG.log(Level.WARNING, "refusing connection: " + config.connectionsMax() + " already open");
                    socket.close();
                    continue;
                }
                openSockets.add(socket);
                Thread.ofVirtual().name("iso8583-connection").start(() -> serve(socket));
            } catch (IOException e) {
                if (!serverSocket.isClosed()) {
                    LOG.log(Level.ERROR, "accept failed", e);
                }
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setSoTimeout((int) Math.min(Integer.MAX_VALUE, config.idleTimeout().toMillis()));
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            for (Optional<byte[]> frame = read(in); frame.isPresent(); frame = read(in)) {
                Optional<Iso8583Message> response = respond(frame.get());
                if (response.isPresent()) {
                    write(out, response.get());
                }
            }
        } catch (SocketTimeoutException idle) {
            LOG.log(Level.INFO, "closing idle connection " + socket.getRemoteSocketAddress());
        } catch (IOException e) {
            LOG.log(Level.INFO, "connection " + socket.getRemoteSocketAddress() + " ended: " + e.getMessage());
        } finally {
            openSockets.remove(socket);
            connectionPermits.release();
        }
    }

    private Optional<byte[]> read(InputStream in) throws IOException {
        return config.lengthHeader().read(in, config.messageBytesMax());
    }

    private Optional<Iso8583Message> respond(byte[] frame) {
        return switch (codec.unpack(frame)) {
            case UnpackResult.Malformed malformed -> {
                // The frame boundary still holds, so the link survives; the terminal will time out this one.
                LOG.log(Level.WARNING, "dropping malformed request: " + malformed.error());
                yield Optional.empty();
            }
            case UnpackResult.Unpacked unpacked -> dispatch(unpacked.message());
        };
    }

    private Optional<Iso8583Message> dispatch(Iso8583Message request) {
        Future<Optional<Iso8583Message>> answer;
        try {
            answer = workers.submit(() -> handler.handle(request));
        } catch (RejectedExecutionException full) {
            LOG.log(Level.WARNING, "all workers busy and queue full; answering as busy");
            return handler.busy(request);
        }
        try {
            return answer.get(config.handlerTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            // No answer rather than a guess: the decision may still be recorded, and the terminal's reversal
            // after its own timeout is what undoes it safely.
            answer.cancel(true);
            LOG.log(Level.ERROR, "handler exceeded " + config.handlerTimeout() + " for MTI " + request.mti());
            return Optional.empty();
        } catch (ExecutionException failed) {
            LOG.log(Level.ERROR, "handler failed for MTI " + request.mti(), failed.getCause());
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private void write(OutputStream out, Iso8583Message response) throws IOException {
        try {
            out.write(config.lengthHeader().frame(codec.pack(response)));
            out.flush();
        } catch (MalformedFieldException invalid) {
            LOG.log(Level.ERROR, "handler produced a response outside our dialect: " + invalid.error());
        }
    }

    /** Stops accepting, closes every connection and stops the workers. */
    @Override
    public synchronized void close() throws IOException {
        if (serverSocket != null) {
            serverSocket.close();
        }
        for (Socket socket : openSockets) {
            socket.close();
        }
        workers.shutdownNow();
    }
}

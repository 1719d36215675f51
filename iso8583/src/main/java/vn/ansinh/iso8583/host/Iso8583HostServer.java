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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import vn.ansinh.iso8583.Iso8583Codec;
import vn.ansinh.iso8583.Iso8583Message;
import vn.ansinh.iso8583.MalformedFieldException;
import vn.ansinh.iso8583.UnpackResult;

/**
 * A TCP acquirer host on its own port. Each connection is read by its own virtual thread (cheap, bounded by
 * connectionsMax), which also runs the handler for each of its requests, at most workerThreads at once across the
 * host (see {@link #dispatch}). A connection answers its requests in order. {@link #start()} returns at once: nothing here ever
 * runs on the caller's thread.
 */
public final class Iso8583HostServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Iso8583HostServer.class.getName());
    private static final int ACCEPT_BACKLOG = 128;

    private final HostServerConfig config;
    private final Iso8583Codec codec;
    private final MessageHandler handler;
    /** Handlers running now, at most workerThreads. */
    private final Semaphore running;
    /** Requests running or waiting for a turn, at most workerThreads + queuedRequestsMax. */
    private final Semaphore admitted;
    private final Semaphore connectionPermits;
    private final Set<Socket> openSockets = ConcurrentHashMap.newKeySet();
    private final ThreadFactory connectionThreads;
    private volatile ServerSocket serverSocket;
    private volatile Thread acceptor;

    public Iso8583HostServer(HostServerConfig config, Iso8583Codec codec, MessageHandler handler) {
        this(config, codec, handler, Thread.ofVirtual().name("iso8583-connection").factory());
    }

    /** With the factory of the threads that serve connections; tests give one that fails. */
    Iso8583HostServer(HostServerConfig config, Iso8583Codec codec, MessageHandler handler,
                      ThreadFactory connectionThreads) {
        this.config = config;
        this.codec = codec;
        this.handler = handler;
        this.connectionThreads = connectionThreads;
        this.running = new Semaphore(config.workerThreads(), true);
        this.admitted = new Semaphore(config.workerThreads() + config.queuedRequestsMax());
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
        acceptor = Thread.ofPlatform().name("iso8583-accept-" + socket.getLocalPort()).daemon(true)
                .start(this::acceptLoop);
    }

    /**
     * Whether terminals can connect: started, not closed, and the accept loop still running. The loop ends only
     * when the host is closed or on an {@link Error} (out of memory, say); a host still answering the connections it
     * has but taking no new ones looks healthy from outside, so a readiness check should ask this.
     */
    public boolean isAccepting() {
        ServerSocket socket = serverSocket;
        Thread loop = acceptor;
        return socket != null && !socket.isClosed() && loop != null && loop.isAlive();
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
        try {
            while (!serverSocket.isClosed()) {
                acceptOne();
            }
        } catch (Error fatal) {
            LOG.log(Level.ERROR, "accept loop stopped: this host takes no new connection", fatal);
            throw fatal;
        }
    }

    /** Takes the next connection and serves it, or refuses it when as many as allowed are open. */
    private void acceptOne() {
        try {
            Socket socket = serverSocket.accept();
            if (!connectionPermits.tryAcquire()) {
                LOG.log(Level.WARNING, "refusing connection: " + config.connectionsMax() + " already open");
                socket.close();
                return;
            }
            openSockets.add(socket);
            startServing(socket);
        } catch (IOException e) {
            if (!serverSocket.isClosed()) {
                LOG.log(Level.ERROR, "accept failed", e);
            }
        }
    }

    /** One connection's thread; if it cannot be started the connection is closed and its permit returned. */
    private void startServing(Socket socket) throws IOException {
        try {
            Thread thread = connectionThreads.newThread(() -> serve(socket));
            if (thread == null) throw new IllegalStateException("the thread factory refused a connection thread");
            thread.start();
        } catch (RuntimeException | Error failed) {
            openSockets.remove(socket);
            connectionPermits.release();
            socket.close();
            if (failed instanceof Error error) throw error;
            LOG.log(Level.ERROR, "could not start serving " + socket.getRemoteSocketAddress() + "; closed it", failed);
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

    /**
     * Runs the handler on the connection's own virtual thread: no hand-off to a pool and back, so a request that
     * waits on storage parks one cheap thread and nothing else. Two bounds replace the pool: at most workerThreads
     * handlers run at once, and at most queuedRequestsMax more wait for a turn; past that a request is answered as
     * busy. A request that waits longer than handlerTimeout for its turn, or whose handler takes longer, gets no
     * answer rather than a late one: the terminal has given up and its reversal is what undoes it safely.
     */
    private Optional<Iso8583Message> dispatch(Iso8583Message request) {
        if (!admitted.tryAcquire()) {
            LOG.log(Level.WARNING, "all handlers busy and queue full; answering as busy");
            return handler.busy(request);
        }
        try {
            long startedNanos = System.nanoTime();
            if (!running.tryAcquire(config.handlerTimeout().toNanos(), TimeUnit.NANOSECONDS)) {
                LOG.log(Level.ERROR, "no handler free within " + config.handlerTimeout() + " for MTI " + request.mti());
                return Optional.empty();
            }
            try {
                Optional<Iso8583Message> answer = handler.handle(request);
                if (System.nanoTime() - startedNanos > config.handlerTimeout().toNanos()) {
                    LOG.log(Level.ERROR, "handler exceeded " + config.handlerTimeout() + " for MTI " + request.mti()
                            + "; its answer is not sent");
                    return Optional.empty();
                }
                return answer;
            } finally {
                running.release();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (RuntimeException failed) {
            LOG.log(Level.ERROR, "handler failed for MTI " + request.mti(), failed);
            return Optional.empty();
        } finally {
            admitted.release();
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

    /** Stops accepting and closes every connection; a handler running still finishes, its answer unsent. */
    @Override
    public synchronized void close() throws IOException {
        if (serverSocket != null) {
            serverSocket.close();
        }
        for (Socket socket : openSockets) {
            socket.close();
        }
    }
}

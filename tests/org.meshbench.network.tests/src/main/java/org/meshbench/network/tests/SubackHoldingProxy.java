package org.meshbench.network.tests;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A TCP proxy in front of the broker that holds back SUBACK packets until released while letting
 * everything else through. Mosquitto sends the retained messages after the SUBACK; other brokers
 * may send them first (MQTT allows it), and a persistent session's queued messages come before it
 * too: this makes that order certain. Thread-safe.
 */
final class SubackHoldingProxy implements AutoCloseable {
    private static final int SUBACK = 0x90;

    private final ServerSocket server;
    private final int brokerPort;
    private final List<Socket> sockets = new ArrayList<>();
    private final List<byte[]> heldSubacks = new ArrayList<>();
    private OutputStream toClient;
    private boolean holding = true;

    SubackHoldingProxy(int brokerPort) throws IOException {
        this.brokerPort = brokerPort;
        this.server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        daemon("proxy-accept", this::acceptOne);
    }

    int port() {
        return server.getLocalPort();
    }

    /** Sends the held SUBACKs and lets later ones through at once. */
    synchronized void releaseSubacks() throws IOException {
        holding = false;
        for (byte[] packet : heldSubacks) {
            toClient.write(packet);
        }
        toClient.flush();
        heldSubacks.clear();
    }

    private void acceptOne() {
        try {
            Socket client = server.accept();
            Socket broker = new Socket(InetAddress.getLoopbackAddress(), brokerPort);
            client.setTcpNoDelay(true);
            broker.setTcpNoDelay(true);
            synchronized (this) {
                sockets.add(client);
                sockets.add(broker);
                toClient = client.getOutputStream();
            }
            daemon("proxy-up", () -> copy(client, broker));
            forwardPackets(new DataInputStream(broker.getInputStream()));
        } catch (IOException closed) {
            // The test is over.
        }
    }

    private static void copy(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException closed) {
            // The test is over.
        }
    }

    private void forwardPackets(DataInputStream fromBroker) throws IOException {
        while (true) {
            byte[] packet = readPacket(fromBroker);
            synchronized (this) {
                if (holding && (packet[0] & 0xF0) == SUBACK) {
                    heldSubacks.add(packet);
                } else {
                    toClient.write(packet);
                    toClient.flush();
                }
            }
        }
    }

    /** @return one MQTT control packet: fixed header, remaining length (varint) and the rest */
    private static byte[] readPacket(InputStream in) throws IOException {
        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        packet.write(readByte(in));
        int length = 0;
        int shift = 0;
        int digit;
        do {
            digit = readByte(in);
            packet.write(digit);
            length |= (digit & 0x7F) << shift;
            shift += 7;
        } while ((digit & 0x80) != 0);
        packet.write(in.readNBytes(length));
        return packet.toByteArray();
    }

    private static int readByte(InputStream in) throws IOException {
        int value = in.read();
        if (value < 0) {
            throw new IOException("connection closed");
        }
        return value;
    }

    private static void daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void close() throws IOException {
        server.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}

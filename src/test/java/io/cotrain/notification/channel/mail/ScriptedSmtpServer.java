package io.cotrain.notification.channel.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An SMTP server that answers RCPT TO with a chosen reply, for replies GreenMail cannot give (4xx, 5xx); or says
 * nothing at all (greeting null) to make the client time out. Serves one connection.
 */
final class ScriptedSmtpServer implements AutoCloseable {

	private final ServerSocket socket;
	private final Thread thread;

	ScriptedSmtpServer(String greeting, String rcptReply) throws IOException {
		this.socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
		this.thread = new Thread(() -> serve(greeting, rcptReply), "scripted-smtp");
		thread.setDaemon(true);
		thread.start();
	}

	int port() {
		return socket.getLocalPort();
	}

	private void serve(String greeting, String rcptReply) {
		try (Socket client = socket.accept();
				BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
				Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII)) {
			if (greeting == null) {
				in.read(); // hold the connection open and silent until the client gives up
				return;
			}
			reply(out, greeting);
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				String command = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
				switch (command) {
					case "EHLO", "HELO" -> reply(out, "250 scripted");
					case "RCPT" -> reply(out, rcptReply);
					case "QUIT" -> {
						reply(out, "221 bye");
						return;
					}
					default -> reply(out, "250 ok");
				}
			}
		}
		catch (IOException e) {
			// the client went away; nothing to serve
		}
	}

	private static void reply(Writer out, String line) throws IOException {
		out.write(line + "\r\n");
		out.flush();
	}

	@Override
	public void close() throws IOException {
		socket.close();
		thread.interrupt();
	}
}

package org.kinship.bench.xmpp;

import io.netty.buffer.ByteBuf;
import java.util.List;
import org.kinship.bench.client.Bytes;
import org.kinship.bench.load.Dialect;
import org.kinship.bench.load.Identity;
import org.kinship.bench.load.Step;

/**
 * XMPP over WebSocket (RFC 7395) as the generator needs it: SASL ANONYMOUS, resource binding, joining a
 * multi-user chat room without history, and groupchat messages. The room echoes every message to every
 * occupant, the sender included, which is what Kinship's message.new does too; XMPP sends no ack.
 */
public final class XmppDialect implements Dialect {
    public static final XmppDialect INSTANCE = new XmppDialect();

    private static final String OPEN = "<open xmlns=\"urn:ietf:params:xml:ns:xmpp-framing\" to=\"localhost\" version=\"1.0\"/>";
    private static final byte[] MECHANISMS = Bytes.ascii("ANONYMOUS");
    private static final byte[] SUCCESS = Bytes.ascii("<success");
    private static final byte[] BIND_OFFERED = Bytes.ascii("urn:ietf:params:xml:ns:xmpp-bind");
    private static final byte[] BOUND = Bytes.ascii("<jid>");
    private static final byte[] SELF_PRESENCE = Bytes.ascii("code='110'");
    private static final byte[] MESSAGE = Bytes.ascii("<message");
    private static final byte[] ERROR = Bytes.ascii("type='error'");
    private static final byte[] STAMP = Bytes.ascii("<body>t");

    private XmppDialect() {
    }

    @Override
    public List<Step> connectSteps(Identity who) {
        return List.of(
                Step.request(OPEN, MECHANISMS),
                Step.request("<auth xmlns=\"urn:ietf:params:xml:ns:xmpp-sasl\" mechanism=\"ANONYMOUS\"/>", SUCCESS),
                Step.request(OPEN, BIND_OFFERED),
                Step.request("<iq xmlns=\"jabber:client\" type=\"set\" id=\"bind\"><bind xmlns=\"urn:ietf:params:xml:ns:xmpp-bind\"/></iq>", BOUND));
    }

    @Override
    public List<Step> joinSteps(Identity who, String room) {
        List<Step> steps = new java.util.ArrayList<>(connectSteps(who));
        steps.add(Step.request("<presence xmlns=\"jabber:client\" to=\"" + room + "/" + who.name() + "\"><x xmlns=\"http://jabber.org/protocol/muc\">"
                + "<history maxstanzas=\"0\"/></x></presence>", SELF_PRESENCE));
        return steps;
    }

    @Override
    public String send(String room, long n, String body) {
        return "<message xmlns=\"jabber:client\" to=\"" + room + "\" type=\"groupchat\" id=\"m" + n + "\"><body>" + body + "</body></message>";
    }

    @Override
    public boolean isDelivery(ByteBuf frame) {
        return Bytes.startsWith(frame, MESSAGE) && Bytes.contains(frame, STAMP);
    }

    @Override
    public boolean isAck(ByteBuf frame) {
        return false;
    }

    @Override
    public boolean isError(ByteBuf frame) {
        return Bytes.contains(frame, ERROR);
    }

    @Override
    public byte[] stampMarker() {
        return STAMP;
    }
}

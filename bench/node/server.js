// Reference broadcast server for the Kinship benchmark: the `ws` library, no auth, no storage.
// It speaks the subset of Kinship's JSON the fan-out test uses (welcome, room.join, resume,
// message.send -> ok + message.new to every subscriber of the room), so the same generator drives it.
'use strict';
const http = require('http');
const { WebSocketServer } = require('ws');

const port = Number(process.argv[2] || 9102);
const MAX_PAYLOAD_BYTES = 64 * 1024;
const rooms = new Map(); // roomId -> { seq, subscribers: Set<WebSocket> }

function room(id) {
  let r = rooms.get(id);
  if (!r) {
    r = { seq: 0, subscribers: new Set() };
    rooms.set(id, r);
  }
  return r;
}

function onMessage(ws, data) {
  let m;
  try {
    m = JSON.parse(data);
  } catch (e) {
    ws.send('{"type":"error","code":"malformed_json","message":"Not JSON."}');
    return;
  }
  switch (m.type) {
    case 'room.join':
      ws.send(JSON.stringify({ type: 'ok', id: m.id }));
      break;
    case 'resume':
      for (const c of m.rooms || []) {
        room(c.roomId).subscribers.add(ws);
        ws.rooms.add(c.roomId);
      }
      ws.send(JSON.stringify({ type: 'ok', id: m.id, result: { kind: 'resume', rooms: [] } }));
      break;
    case 'message.send': {
      const r = room(m.roomId);
      r.seq += 1;
      const message = { roomId: m.roomId, seq: r.seq, rev: r.seq, senderId: ws.userId,
        senderHandle: 'u' + ws.userId, clientKey: m.clientKey, body: m.body, sentAt: new Date().toISOString() };
      ws.send(JSON.stringify({ type: 'ok', id: m.id, result: { kind: 'message', message } }));
      const event = JSON.stringify({ type: 'message.new', message });
      for (const s of r.subscribers) {
        s.send(event);
      }
      break;
    }
    default:
      ws.send(JSON.stringify({ type: 'error', id: m.id, code: 'unknown_type', message: 'Unknown type.' }));
  }
}

let nextUserId = 1;
const server = http.createServer((req, res) => { res.writeHead(404); res.end(); });
const wss = new WebSocketServer({ server, path: '/ws', maxPayload: MAX_PAYLOAD_BYTES, perMessageDeflate: false });
wss.on('connection', (ws) => {
  ws.userId = nextUserId++;
  ws.rooms = new Set();
  ws.send(JSON.stringify({ type: 'welcome', user: { id: ws.userId, handle: 'u' + ws.userId, role: 'participant' },
    protocolVersion: 1, serverTime: new Date().toISOString(), maxBodyChars: 4000, maxHistoryPage: 100 }));
  ws.on('message', (data) => onMessage(ws, data));
  ws.on('close', () => ws.rooms.forEach((id) => room(id).subscribers.delete(ws)));
});
server.listen(port, '127.0.0.1', () => console.log('node reference listening on 127.0.0.1:' + port));

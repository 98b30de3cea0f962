/*
 * ContactCenter web chat widget. Embed with one tag (no inline script or style is ever added, so it runs under a strict
 * Content-Security-Policy: script-src, style-src and connect-src of the contact center's origin are enough):
 *   <script async src="https://cc.example.com/webchat/widget.js" data-inbox="autos" data-lang="es"></script>
 * Signed-in visitors: add data-visitor-id, data-visitor-email, data-visitor-name, data-visitor-expires and
 * data-visitor-signature computed by the website's server (see docs/webchat.md).
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.__ccWebChat) { return; }
  window.__ccWebChat = true;

  var base = new URL('.', script.src);
  var data = script.dataset;
  var inbox = data.inbox || 'autos';
  var lang = (data.lang || document.documentElement.lang || navigator.language || 'es').slice(0, 2) === 'en' ? 'en' : 'es';
  var storageKey = 'cc-webchat:' + base.origin + ':' + inbox;

  var T = {
    es: {
      open: 'Chatear con nosotros', close: 'Cerrar el chat', title: 'Chat con un asesor',
      name: 'Nombre', email: 'Correo electrónico (opcional)', topic: 'Tema', first: '¿En qué le podemos ayudar?',
      start: 'Iniciar chat', message: 'Escriba su mensaje', send: 'Enviar', log: 'Conversación',
      topics: { claim: 'Siniestro', policy: 'Póliza', billing: 'Pagos', other: 'Otro' },
      position: function (p, s) { return 'Está en la posición ' + p + ' de la fila. Espera estimada: ' + minutes(s, 'es') + '.'; },
      connected: 'Un asesor le está atendiendo.', typing: 'El asesor está escribiendo…',
      offline: 'Reconectando…', online: 'Conectado.', you: 'Usted', agent: 'Asesor',
      'agent-joined': 'Un asesor se unió a la conversación.', 'conversation-closed': 'La conversación terminó. Puede escribir de nuevo si lo necesita.',
      required: 'Escriba su nombre y su mensaje.', pending: 'Enviando…',
      attach: 'Adjuntar un archivo', uploading: function (n, p) { return 'Subiendo ' + n + ': ' + p + ' %'; },
      uploaded: function (n) { return 'Archivo enviado: ' + n + '.'; }, download: 'Descargar', file: 'Archivo',
      uploadFailed: 'No se pudo enviar el archivo; inténtelo de nuevo.', downloadFailed: 'No se pudo descargar el archivo.',
      transcript: 'Recibir la transcripción por correo', transcriptTo: 'Enviar la transcripción a', transcriptSend: 'Enviar transcripción',
      transcriptSending: 'Enviando la transcripción…', transcriptSent: function (e) { return 'Enviamos la transcripción a ' + e + '.'; },
      transcriptInvalid: 'Escriba una dirección de correo válida, por ejemplo nombre@ejemplo.com.',
      transcriptFailed: 'No pudimos enviar la transcripción; inténtelo de nuevo más tarde.'
    },
    en: {
      open: 'Chat with us', close: 'Close the chat', title: 'Chat with an advisor',
      name: 'Name', email: 'Email (optional)', topic: 'Topic', first: 'How can we help?',
      start: 'Start chat', message: 'Type your message', send: 'Send', log: 'Conversation',
      topics: { claim: 'Claim', policy: 'Policy', billing: 'Payments', other: 'Other' },
      position: function (p, s) { return 'You are number ' + p + ' in the queue. Estimated wait: ' + minutes(s, 'en') + '.'; },
      connected: 'An advisor is with you.', typing: 'The advisor is typing…',
      offline: 'Reconnecting…', online: 'Connected.', you: 'You', agent: 'Advisor',
      'agent-joined': 'An advisor joined the conversation.', 'conversation-closed': 'The conversation ended. Write again if you need anything.',
      required: 'Please enter your name and your message.', pending: 'Sending…',
      attach: 'Attach a file', uploading: function (n, p) { return 'Uploading ' + n + ': ' + p + '%'; },
      uploaded: function (n) { return 'File sent: ' + n + '.'; }, download: 'Download', file: 'File',
      uploadFailed: 'The file could not be sent; please try again.', downloadFailed: 'The file could not be downloaded.',
      transcript: 'Email me the transcript', transcriptTo: 'Send the transcript to', transcriptSend: 'Send transcript',
      transcriptSending: 'Sending the transcript…', transcriptSent: function (e) { return 'We sent the transcript to ' + e + '.'; },
      transcriptInvalid: 'Enter a valid email address, for example name@example.com.',
      transcriptFailed: 'We could not send the transcript; please try again later.'
    }
  }[lang];

  function minutes(seconds, l) {
    var m = Math.max(1, Math.ceil(seconds / 60));
    return l === 'en' ? (m === 1 ? '1 minute' : m + ' minutes') : (m === 1 ? '1 minuto' : m + ' minutos');
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function uid() {
    return (window.crypto && crypto.randomUUID) ? crypto.randomUUID() : String(Date.now()) + '-' + Math.random().toString(36).slice(2);
  }

  var css = el('link', { rel: 'stylesheet', href: new URL('widget.css', base).href });
  document.head.appendChild(css);

  // --- DOM: launcher, dialog, pre-chat form, log, composer ---
  var root = el('div', { 'class': 'ccw', lang: lang });
  var launcher = el('button', { type: 'button', 'class': 'ccw-launcher', 'aria-expanded': 'false', 'aria-controls': 'ccw-panel' }, T.open);
  var panel = el('section', { id: 'ccw-panel', 'class': 'ccw-panel', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'ccw-title', hidden: '' });
  var header = el('div', { 'class': 'ccw-header' });
  var title = el('h2', { id: 'ccw-title', 'class': 'ccw-title' }, T.title);
  var closeButton = el('button', { type: 'button', 'class': 'ccw-close', 'aria-label': T.close }, '×');
  header.append(title, closeButton);

  var status = el('p', { 'class': 'ccw-status', role: 'status', 'aria-live': 'polite' });
  // A live region holding a real list: role="log" on the <ol> itself would strip its list semantics from the items.
  var log = el('div', { 'class': 'ccw-log', role: 'log', 'aria-live': 'polite', 'aria-label': T.log, tabindex: '0' });
  var list = el('ol', { 'class': 'ccw-list' });
  log.appendChild(list);
  var typing = el('p', { 'class': 'ccw-typing', 'aria-live': 'polite', hidden: '' }, T.typing);
  var alertBox = el('p', { 'class': 'ccw-alert', role: 'alert' });

  var form = el('form', { 'class': 'ccw-prechat', novalidate: '' });
  function field(id, label, input) {
    var wrap = el('div', { 'class': 'ccw-field' });
    wrap.append(el('label', { 'for': id }, label), input);
    return wrap;
  }
  var nameInput = el('input', { id: 'ccw-name', name: 'name', autocomplete: 'name', required: '', maxlength: '100' });
  var emailInput = el('input', { id: 'ccw-email', name: 'email', type: 'email', autocomplete: 'email', maxlength: '254' });
  var topicSelect = el('select', { id: 'ccw-topic', name: 'topic' });
  Object.keys(T.topics).forEach(function (k) { topicSelect.appendChild(el('option', { value: k }, T.topics[k])); });
  var firstInput = el('textarea', { id: 'ccw-first', name: 'text', required: '', maxlength: '4096', rows: '3' });
  var startButton = el('button', { type: 'submit', 'class': 'ccw-primary' }, T.start);
  form.append(field('ccw-name', T.name, nameInput), field('ccw-email', T.email, emailInput), field('ccw-topic', T.topic, topicSelect),
    field('ccw-first', T.first, firstInput), startButton);

  var composer = el('form', { 'class': 'ccw-composer', hidden: '' });
  var textInput = el('textarea', { id: 'ccw-text', name: 'text', rows: '2', maxlength: '4096', 'aria-label': T.message, placeholder: T.message });
  var sendButton = el('button', { type: 'submit', 'class': 'ccw-primary' }, T.send);
  // The file input stays hidden (out of the tab order and the accessibility tree); the visible control is a real button that opens it.
  var fileInput = el('input', { id: 'ccw-file', type: 'file', hidden: '' });
  // Enabled once the conversation exists (a file joins an open conversation; the first message opens it).
  var attachButton = el('button', { type: 'button', 'class': 'ccw-attach', 'aria-label': T.attach, title: T.attach, disabled: '' }, '📎');
  var progress = el('progress', { 'class': 'ccw-progress', max: '100', value: '0', 'aria-label': T.attach, hidden: '' });
  composer.append(attachButton, fileInput, textInput, sendButton);

  // Transcript by email: a disclosure button (shown once there is a conversation, also after it ended) opening a small
  // form; the outcome is announced in its own status line.
  var transcriptBox = el('div', { 'class': 'ccw-transcript', hidden: '' });
  var transcriptToggle = el('button', { type: 'button', 'class': 'ccw-link', 'aria-expanded': 'false', 'aria-controls': 'ccw-transcript-form' }, T.transcript);
  var transcriptForm = el('form', { id: 'ccw-transcript-form', 'class': 'ccw-transcript-form', novalidate: '', hidden: '' });
  var transcriptInput = el('input', { id: 'ccw-transcript-email', name: 'email', type: 'email', autocomplete: 'email', maxlength: '254', required: '' });
  var transcriptButton = el('button', { type: 'submit', 'class': 'ccw-primary' }, T.transcriptSend);
  var transcriptStatus = el('p', { id: 'ccw-transcript-status', 'class': 'ccw-status', role: 'status', 'aria-live': 'polite' });
  transcriptInput.setAttribute('aria-describedby', 'ccw-transcript-status');
  transcriptForm.append(field('ccw-transcript-email', T.transcriptTo, transcriptInput), transcriptButton);
  transcriptBox.append(transcriptToggle, transcriptForm, transcriptStatus);

  panel.append(header, status, log, typing, progress, alertBox, form, composer, transcriptBox);
  root.append(launcher, panel);
  (document.body || document.documentElement).appendChild(root);

  if (data.visitorId && data.visitorName) { nameInput.value = data.visitorName; }
  if (data.visitorEmail) { emailInput.value = data.visitorEmail; emailInput.setAttribute('readonly', ''); }

  // --- state ---
  var saved = {};
  try { saved = JSON.parse(sessionStorage.getItem(storageKey) || '{}'); } catch (e) { saved = {}; }
  // closed: the current conversation ended (a conversation-closed activity arrived). Only a visitor's or an agent's
  // message reopens it, or a message of another conversation (the next one); other activities (a transcript emailed
  // after the end, ...) leave it closed.
  var state = { session: saved.session || null, conversationId: null, lastSeq: 0, started: !!saved.started, closed: false };
  var outbox = [];           // messages not yet acknowledged: resent after a reconnect (the server drops duplicates)
  var socket = null, ready = false, retry = 0, typingSent = false, typingTimer = null;

  function save() {
    try { sessionStorage.setItem(storageKey, JSON.stringify({ session: state.session, started: state.started })); } catch (e) { /* private mode */ }
  }

  function showChat() {
    form.hidden = true;
    composer.hidden = false;
  }
  if (state.started) { showChat(); }

  function open() {
    panel.hidden = false;
    launcher.setAttribute('aria-expanded', 'true');
    (state.started ? textInput : nameInput).focus();
    connect();
  }
  function close() {
    panel.hidden = true;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  }
  launcher.addEventListener('click', function () { if (panel.hidden) { open(); } else { close(); } });
  closeButton.addEventListener('click', close);
  panel.addEventListener('keydown', function (e) { if (e.key === 'Escape') { close(); } });

  // The attach button: enabled while the conversation is open and no upload is running.
  function updateAttach() {
    attachButton.disabled = !state.conversationId || state.closed || !progress.hidden;
  }

  // --- rendering ---
  function render(m) {
    var existing = m.clientId ? log.querySelector('[data-client-id="' + m.clientId + '"]') : null;
    if (log.querySelector('[data-seq="' + m.conversationId + ':' + m.seq + '"]')) { return; }
    var text = m.kind === 'activity' ? (T[m.text] || m.text) : m.text;
    var item = existing || el('li', {});
    item.className = 'ccw-msg ccw-' + m.kind;
    item.setAttribute('data-seq', m.conversationId + ':' + m.seq);
    item.textContent = '';
    if (m.kind !== 'activity') { item.appendChild(el('span', { 'class': 'ccw-who' }, (m.kind === 'visitor' ? T.you : T.agent) + ': ')); }
    if (text) { item.appendChild(el('span', { 'class': 'ccw-text' }, text)); }
    (m.attachments || []).forEach(function (a) { item.appendChild(fileButton(m.conversationId, a)); });
    if (!existing) { list.appendChild(item); }
    log.scrollTop = log.scrollHeight;
    if (m.kind === 'agent') { typing.hidden = true; send({ type: 'read', seq: m.seq }); }
  }

  function renderPending(id, text) {
    var item = el('li', { 'class': 'ccw-msg ccw-visitor ccw-pending', 'data-client-id': id });
    item.append(el('span', { 'class': 'ccw-who' }, T.you + ': '), el('span', { 'class': 'ccw-text' }, text), el('span', { 'class': 'ccw-sending' }, ' ' + T.pending));
    list.appendChild(item);
    log.scrollTop = log.scrollHeight;
  }

  // --- files: uploaded and downloaded over HTTP with the session token (never in a URL) ---
  function size(bytes) {
    return bytes < 1024 ? bytes + ' B' : bytes < 1048576 ? Math.ceil(bytes / 1024) + ' KB' : (bytes / 1048576).toFixed(1) + ' MB';
  }

  function fileButton(conversationId, a) {
    var button = el('button', { type: 'button', 'class': 'ccw-download' }, T.download + ' ' + a.name + ' (' + size(a.length) + ')');
    button.addEventListener('click', function () { download(conversationId, a); });
    return button;
  }

  function download(conversationId, a) {
    var url = new URL('files/' + encodeURIComponent(conversationId) + '/' + encodeURIComponent(a.id) + '?lang=' + lang, base);
    fetch(url.href, { headers: { 'X-WebChat-Session': state.session || '' }, cache: 'no-store' })
      .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.blob(); })
      .then(function (blob) {
        var link = el('a', { href: URL.createObjectURL(blob), download: a.name, hidden: '' });
        root.appendChild(link);
        link.click();
        setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
      })
      .catch(function () { alertBox.textContent = T.downloadFailed; });
  }

  function upload(file) {
    var id = uid();
    var url = new URL('upload', base);
    url.search = new URLSearchParams({ id: id, name: file.name, lang: lang }).toString();
    var xhr = new XMLHttpRequest();
    xhr.open('POST', url.href);
    xhr.setRequestHeader('X-WebChat-Session', state.session || '');
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    alertBox.textContent = '';
    renderPending(id, T.file + ': ' + file.name);
    progress.value = 0;
    progress.hidden = false;
    updateAttach();
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) { progress.value = Math.round(100 * e.loaded / e.total); status.textContent = T.uploading(file.name, progress.value); }
    });
    xhr.addEventListener('loadend', function () {
      progress.hidden = true;
      updateAttach();
      var body = null;
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
      if (xhr.status === 200 && body) {
        status.textContent = T.uploaded(file.name);
        render({ conversationId: body.conversationId, seq: body.seq, kind: 'visitor', text: '', clientId: id, attachments: body.attachments });
      } else {
        var pending = log.querySelector('[data-client-id="' + id + '"]');
        if (pending) { pending.remove(); }
        status.textContent = '';
        alertBox.textContent = (body && body.message) || T.uploadFailed;
      }
      attachButton.focus();
    });
    xhr.send(file);
  }

  attachButton.addEventListener('click', function () { fileInput.click(); });

  // --- transcript by email: POST transcript with the session token; the server checks the address and the limit ---
  transcriptToggle.addEventListener('click', function () {
    var opening = transcriptForm.hidden;
    transcriptForm.hidden = !opening;
    transcriptToggle.setAttribute('aria-expanded', String(opening));
    if (opening) {
      if (!transcriptInput.value) { transcriptInput.value = emailInput.value.trim(); }
      transcriptInput.focus();
    }
  });

  transcriptForm.addEventListener('submit', function (e) {
    e.preventDefault();
    var email = transcriptInput.value.trim();
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) || !state.conversationId) {
      transcriptInput.setAttribute('aria-invalid', 'true');
      transcriptStatus.textContent = T.transcriptInvalid;
      transcriptInput.focus();
      return;
    }
    transcriptInput.removeAttribute('aria-invalid');
    transcriptButton.disabled = true;
    transcriptStatus.textContent = T.transcriptSending;
    fetch(new URL('transcript?lang=' + lang, base).href, {
      method: 'POST', cache: 'no-store',
      headers: { 'X-WebChat-Session': state.session || '', 'Content-Type': 'application/json' },
      body: JSON.stringify({ conversationId: state.conversationId, email: email })
    })
      .then(function (r) { return r.json().catch(function () { return null; }).then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (r) {
        if (r.ok) { transcriptStatus.textContent = T.transcriptSent(email); return; }
        if (r.body && r.body.code === 'email-invalid') { transcriptInput.setAttribute('aria-invalid', 'true'); }
        transcriptStatus.textContent = (r.body && r.body.message) || T.transcriptFailed;
      })
      .catch(function () { transcriptStatus.textContent = T.transcriptFailed; })
      .then(function () { transcriptButton.disabled = false; });
  });
  fileInput.addEventListener('change', function () {
    if (fileInput.files && fileInput.files[0]) { upload(fileInput.files[0]); }
    fileInput.value = '';
  });

  // --- socket ---
  function send(frame) {
    if (socket && ready && socket.readyState === 1) { socket.send(JSON.stringify(frame)); return true; }
    return false;
  }

  function hello() {
    var frame = { type: 'hello', inbox: inbox, lang: lang, session: state.session, conversationId: state.conversationId, seq: state.lastSeq };
    if (data.visitorId && data.visitorSignature) {
      frame.identity = {
        visitorId: data.visitorId, email: data.visitorEmail || '', name: data.visitorName || null,
        expires: Number(data.visitorExpires), signature: data.visitorSignature
      };
    }
    socket.send(JSON.stringify(frame));
  }

  function connect() {
    if (socket && socket.readyState <= 1) { return; }
    var url = new URL('socket?lang=' + lang, base);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    socket = new WebSocket(url.href);
    ready = false;
    socket.addEventListener('open', hello);
    socket.addEventListener('message', function (e) {
      var f;
      try { f = JSON.parse(e.data); } catch (err) { return; }
      switch (f.type) {
        case 'welcome':
          ready = true; retry = 0;
          state.session = f.session; save();
          status.textContent = T.online;
          outbox.forEach(function (m) { send(m); });
          break;
        case 'ack':
          outbox = outbox.filter(function (m) { return m.id !== f.id; });
          break;
        case 'message':
          if (f.conversationId !== state.conversationId) {
            state.conversationId = f.conversationId; state.lastSeq = 0; state.closed = false; transcriptBox.hidden = false;
          }
          if (f.seq > state.lastSeq) {
            state.lastSeq = f.seq;
            if (f.kind === 'activity' && f.text === 'conversation-closed') { state.closed = true; } else if (f.kind !== 'activity') { state.closed = false; }
          }
          render(f);
          updateAttach();
          break;
        case 'queue':
          status.textContent = f.position === null ? T.connected : T.position(f.position, f.estimatedWaitSeconds);
          break;
        case 'typing':
          typing.hidden = !f.active;
          break;
        case 'error':
          alertBox.textContent = f.message;
          if (f.code === 'identity-invalid') { data.visitorSignature = ''; }
          break;
      }
    });
    socket.addEventListener('close', function () {
      ready = false;
      if (panel.hidden && !state.started) { return; }
      status.textContent = T.offline;
      var delay = Math.min(15000, 500 * Math.pow(2, retry++));
      setTimeout(connect, delay);
    });
  }

  function post(text, extra) {
    var frame = { type: 'message', id: uid(), text: text };
    Object.keys(extra || {}).forEach(function (k) { if (extra[k]) { frame[k] = extra[k]; } });
    outbox.push(frame);
    renderPending(frame.id, text);
    alertBox.textContent = '';
    send(frame);
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var name = nameInput.value.trim(), text = firstInput.value.trim();
    if (!name || !text) { alertBox.textContent = T.required; (name ? firstInput : nameInput).focus(); return; }
    state.started = true; save();
    showChat();
    post(text, { name: name, email: emailInput.value.trim(), topic: topicSelect.value });
    firstInput.value = '';
    textInput.focus();
  });

  composer.addEventListener('submit', function (e) {
    e.preventDefault();
    var text = textInput.value.trim();
    if (!text) { return; }
    post(text);
    textInput.value = '';
    stopTyping();
  });

  textInput.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); composer.requestSubmit(); }
  });

  function stopTyping() {
    clearTimeout(typingTimer);
    if (typingSent) { typingSent = false; send({ type: 'typing', active: false }); }
  }
  textInput.addEventListener('input', function () {
    if (!typingSent && textInput.value) { typingSent = send({ type: 'typing', active: true }); }
    clearTimeout(typingTimer);
    typingTimer = setTimeout(stopTyping, 3000);
  });

  if (state.started) { connect(); }
  window.ccWebChat = { open: open, close: close };
})();

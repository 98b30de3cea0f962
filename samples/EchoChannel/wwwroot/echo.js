(() => {
  const log = document.getElementById("log");
  const form = document.getElementById("form");
  const input = document.getElementById("text");
  const socket = new WebSocket(`${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/echo/socket`);
  const add = (text) => { const li = document.createElement("li"); li.textContent = text; log.append(li); };
  socket.addEventListener("message", (e) => add(e.data));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    if (socket.readyState === WebSocket.OPEN && input.value) { socket.send(input.value); input.value = ""; }
  });
})();

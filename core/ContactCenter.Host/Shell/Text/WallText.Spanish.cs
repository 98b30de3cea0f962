namespace ContactCenter.Host.Shell.Text;

public sealed partial record WallText
{
    public static WallText Spanish { get; } = new()
    {
        Lang = "es", Title = "Tablero del supervisor", NotASupervisor = "Tu cuenta no puede supervisar agentes. Pide a un administrador el rol de supervisor.",
        Queues = "Colas", ServiceLines = "Líneas de servicio", NoQueues = "Ninguna cola de tus equipos tiene tráfico todavía.",
        ServiceLevel = "Nivel de servicio", Waiting = "En espera", LongestWait = "Espera más larga", Offered = "Ofrecidos", Answered = "Atendidos", HandledToday = "Atendidos hoy",
        Abandoned = "Abandonados", Asa = "TMR", Aht = "TMO", NotAvailable = "n/d",
        InternalWaiting = "Internos en espera", InternalWaitingHint = "Trabajo interno (no son clientes) en espera ahora: consultas entre agentes y llamadas internas.",
        InternalEnded = "Internos terminados", InternalEndedHint = "Trabajo interno (no son clientes) que terminó en la ventana, atendido o no.",
        InternalNote = "Internos: consultas entre agentes y llamadas internas. No son clientes y no cuentan en ninguna otra cifra.",
        Agents = "Agentes", NoAgents = "No hay agentes en tus equipos.", Agent = "Agente", State = "Estado", TimeInState = "Tiempo en estado",
        CurrentInteraction = "Contacto actual", Actions = "Acciones", None = "Ninguno",
        Listen = "Escuchar", Whisper = "Susurrar", Barge = "Intervenir", Note = "Nota privada", NoteTo = "Nota privada para {0}", NoteLabel = "Nota (solo la ve el agente)",
        SendNote = "Enviar nota", Cancel = "Cancelar", NoteSent = "Nota enviada a {0}.", MonitorStarted = "Llamando a tu teléfono para {0} en la llamada de {1}.",
        Refused = "Rechazado: {0}", OutOfScope = "Este contacto no pertenece a tus equipos.", TextRequired = "Escribe una nota primero.",
        Stale = "Datos desactualizados: el flujo de métricas está atrasado. Las cifras pueden no estar al día.", Fresh = "En vivo",
        UpdatedAt = "Actualizado {0}",
        AlertServiceLevel = "El nivel de servicio de {0} es {1:0.#}% (objetivo {2:0.#}%).",
        AlertOldestWait = "La espera más larga en {0} es {1:0} s (límite {2:0} s).",
        AlertAbandonRate = "La tasa de abandono de {0} es {1:0.#}% (límite {2:0.#}%).",
        AgentWorkspace = "Espacio del agente",
        ForceStatus = "Cambiar estado", ForceStatusOf = "Cambiar estado de {0}", NewStatus = "Nuevo estado", Reason = "Motivo",
        ChooseReason = "Elige un motivo", ReasonRequired = "Elige un motivo para este estado.", Apply = "Aplicar",
        StatusForced = "{0} está ahora en {1}. Su contacto actual sigue; no recibe ofertas nuevas mientras el estado no esté disponible.",
        StopMonitor = "Detener", MonitorStopped = "Dejaste de supervisar la llamada de {0}.",
        LiveWork = "Contactos en espera y ofrecidos", NoLiveWork = "Ningún contacto espera ni se está ofreciendo en tus colas.", Contact = "Contacto",
        Queue = "Cola", OfferedTo = "Ofrecido a", Since = "Desde", Reassign = "Reasignar", ReassignOf = "Reasignar {0}",
        ReassignTo = "Enviarlo a", ToAgent = "Un agente", ToQueue = "Una cola", TargetAgent = "Agente", TargetQueue = "Cola",
        ChooseAgent = "Elige un agente", ChooseQueue = "Elige una cola", AgentRequired = "Elige el agente que debe recibir este contacto.",
        QueueRequired = "Elige la cola en la que debe esperar este contacto.", AlreadyQueued = "Este contacto ya espera en una cola: elige un agente.",
        NoAvailableAgents = "Ningún agente de tus equipos está disponible ahora.", Reassigned = "{0} pasa ahora a {1}.",
        NotReassignable = "Solo se puede reasignar un contacto que espera o se está ofreciendo; este ya avanzó.",
        AgentUnavailable = "Ese agente no puede tomarlo ahora (no disponible, sin capacidad o con una oferta pendiente).", UnknownTarget = "Ese agente o cola no existe.",
        Reading = "Estás leyendo este chat: el agente ve que lo haces.",
    };
}

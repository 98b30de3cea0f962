namespace ContactCenter.Host.Shell.Text;

public sealed partial record DrillText
{
    public static DrillText Spanish { get; } = new()
    {
        Lang = "es", Breadcrumb = "Ruta de navegación", AgentTitle = "Agente {0}", QueueTitle = "Cola {0}",
        NotYours = "No encontrado o fuera de tus equipos: este agente o esta cola no existe o no es de los que supervisas.",
        BackToWallboard = "Volver al tablero", Status = "Estado", SubState = "Subestado", Reason = "Motivo", Since = "Desde",
        CurrentContacts = "Contactos en curso", NoContacts = "Ningún contacto en curso.", Channel = "Canal", Customer = "Cliente", Queue = "Cola",
        ContactState = "Estado", Today = "Hoy", Handled = "Atendidos", Occupancy = "Ocupación", Transfers = "Transferencias",
        History = "Historial de estados de hoy",
        HistorySource = "A partir de los cambios de presencia que vio hoy el motor de métricas; tras un reinicio empieza en el estado que el agente tenía entonces.",
        At = "Hora", Figures = "Cifras (últimos {0:0} min)", AbandonRate = "Tasa de abandono", Target = "objetivo {0:0.#}%", BelowTarget = "por debajo del objetivo",
        WaitingContacts = "Contactos en espera, el más antiguo primero", NoneWaiting = "Nadie está esperando.", Position = "N.º", Wait = "Esperando desde hace",
        AgentsServing = "Agentes que atienden esta cola", NoAgentsServing = "Ningún agente de tus equipos atiende esta cola.",
    };
}

namespace ContactCenter.Host.Shell.Text;

public sealed partial record ReadText
{
    public static ReadText Spanish { get; } = new()
    {
        Lang = "es", Title = "Conversación (en vivo)", Empty = "Aún no hay mensajes.", Customer = "Cliente", Agent = "Agente {0}",
        AgentNote = "Nota privada del agente {0}", SupervisorNote = "Nota privada del supervisor {0}",
        Activity = "Actividad", Received = "recibido", Sent = "enviado", Attachments = "Adjuntos",
    };
}

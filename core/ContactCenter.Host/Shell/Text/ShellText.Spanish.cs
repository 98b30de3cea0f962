namespace ContactCenter.Host.Shell.Text;

public sealed partial record ShellText
{
    public static ShellText Spanish { get; } = new()
    {
        Lang = "es", OtherLang = "en", OtherLanguageName = "English", LanguageLabel = "Idioma",
        NotFound = "No hay nada en esta dirección.",
        Title = "Espacio de trabajo", Loading = "Conectando…",
        NotAnAgent = "Tu cuenta no está vinculada a un agente. Pide a un administrador que la vincule.",
        Status = "Estado", Reason = "Motivo", ChooseReason = "Elige un motivo", ReasonRequired = "Elige un motivo para este estado.",
        SetStatus = "Cambiar estado", InStatusFor = "En este estado desde hace", SubStateLabel = "Actividad",
        Idle = "Esperando trabajo", Reserved = "Reservado", OnContact = "En contacto", WrapUp = "Cierre", NotResponding = "Sin respuesta",
        IncomingOffer = "Contacto entrante", OfferAnnouncement = "Nuevo contacto de {0}. {1} segundos para responder.",
        SecondsLeft = "Quedan {0} s", Accept = "Aceptar", Reject = "Rechazar",
        OfferGone = "La oferta ya no está disponible.",
        AcceptedElsewhere = "Este contacto ya fue tomado (quizá en otra pestaña o ventana). No se cambió nada.",
        NoWork = "No hay contactos abiertos. Las nuevas ofertas aparecen aquí.", Workspace = "Contactos abiertos",
        Transcript = "Conversación", Reply = "Responder al cliente", Send = "Enviar", AddNote = "Añadir nota interna",
        NoteLabel = "nota interna", CannedResponses = "Respuestas predefinidas",
        TextRequired = "Escribe primero un mensaje.", TextTooLong = "Como máximo 4096 caracteres.",
        Customer = "Cliente", Visitor = "Cliente", You = "Tú", Agent = "Agente", CoachingNote = "Nota de tu supervisor (solo tú la ves)", PrivateNote = "Nota interna", Activity = "Actividad",
        ActivityAgentJoined = "Un agente se unió a la conversación.", ActivityClosed = "La conversación se cerró.", Identities = "Datos de contacto", PreviousInteractions = "Contactos anteriores", NoPreviousInteractions = "Sin contactos anteriores.",
        UnknownCustomer = "Cliente sin identificar",
        EndContact = "Terminar contacto y cerrar", Disposition = "Tipificación", ChooseDisposition = "Elige una tipificación",
        DispositionRequired = "Elige una tipificación antes de terminar.", Notes = "Notas", NotesTooLong = "Como máximo 1000 caracteres.",
        NotesRequired = "Esta tipificación requiere una nota.", FinishWrapUp = "Terminar cierre", WrapUpTimeLeft = "Tiempo de cierre restante: {0}", WrapUpNoLimit = "El cierre no tiene límite de tiempo.",
        WrapUpWarning = "El cierre termina en {0}. Amplíalo si necesitas más tiempo.", Extend = "Ampliar {0}",
        NoEarlyExitNotice = "Esta cola usa un tiempo de cierre fijo que no se puede ampliar.",
        ExtensionsLeft = "Quedan {0} ampliaciones", NoExtensionsLeft = "No quedan ampliaciones: al acabar el tiempo el contacto se cierra con el código de tiempo agotado.",
        WrapUpEndingSoon = "El cierre termina en menos de 20 segundos.", ExtendHint = "Pulsa {0} o el botón Ampliar para tener más tiempo.",
        ExtendAction = "Ampliar el cierre", WrapUpExtended = "Cierre ampliado: ahora termina en {0}.",
        ExtendRefusedTimeIsUp = "El tiempo de cierre ya terminó; el contacto se cierra con el código de tiempo agotado.",
        ExtendRefusedLimit = "Ya usaste todas las ampliaciones que permite esta cola.", ExtendRefusedNoLimit = "Este cierre no tiene límite de tiempo: no hay nada que ampliar.",
        ExtendRefusedNotInWrapUp = "Este contacto ya no está en cierre.",
        VoiceControls = "Control de llamada", VoiceUnavailable = "Aún no disponible desde el navegador: usa los controles de tu teléfono.",
        Hold = "Espera", Resume = "Reanudar", Mute = "Silenciar", Transfer = "Transferir", Dtmf = "Teclado", Answer = "Contestar",
        Shortcuts = "Atajos de teclado", ShortcutHelpTitle = "Atajos de teclado", ShortcutAction = "Acción", ShortcutKeys = "Teclas",
        ShortcutInvalid = "Usa Alt, Ctrl o Mayús con una letra o un dígito, por ejemplo Alt+A.", ShortcutTaken = "Ya lo usa otra acción.",
        SaveShortcuts = "Guardar atajos", Close = "Cerrar", DraftSaved = "Borrador guardado", Failed = "No se pudo: {0}", SignOut = "Cerrar sesión",
    };
}

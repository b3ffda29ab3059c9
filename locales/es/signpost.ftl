# Signpost: Spanish (es) translation of the en-US reference.
# Keep the ids and the { $variables } as in en-US.

## Botón de ayuda y panel

launcher-open = Ayuda
panel-title = Ayuda de { $platform }
panel-close = Cerrar
panel-back = Atrás
panel-intro = Respuestas a preguntas frecuentes y la forma correcta de comunicarte con el soporte de { $platform }.

## Ayuda no disponible (no se pudo cargar la configuración)

unavailable-title = La ayuda no está disponible en este momento
unavailable-body = El panel de ayuda no pudo cargar su configuración. Vuelve a intentarlo en unos instantes.
unavailable-help-centre = Abrir el centro de ayuda oficial

loading = Cargando la ayuda…
contact-unloaded = No se pudieron cargar las opciones de contacto. Comprueba tu conexión y vuelve a intentarlo.
contact-retry = Reintentar

## Selector de idioma

language-label = Idioma
language-changed = Idioma cambiado a { $language }.

## Inicio

home-search-label = Buscar en los artículos de ayuda
home-search-placeholder = Describe tu problema, p. ej., “error en el retiro”
home-topics = Temas
home-popular = Lo más consultado
home-contact = Hablar con soporte
home-contact-hint = Te indicamos la vía oficial más rápida para comunicarte con { $platform }.

## Temas

topic-account_access = Acceso a la cuenta
topic-security = Seguridad
topic-deposit_withdrawal = Depósitos y retiros
topic-payments = Pagos
topic-orders_refunds = Pedidos y reembolsos
topic-verification = Verificación de identidad
topic-technical = Problemas técnicos
topic-fees = Comisiones
topic-other = Otras preguntas
topic-all = Todos los temas

## Preguntas frecuentes

faq-results =
    { $count ->
        [0] Ningún artículo coincide con tu búsqueda.
        [one] Un artículo coincide con tu búsqueda.
        [many] { $count } artículos coinciden con tu búsqueda.
       *[other] { $count } artículos coinciden con tu búsqueda.
    }
faq-empty-title = No encontramos ninguna respuesta
faq-empty-body = Cuéntanos el problema y te indicaremos el canal de soporte adecuado.
faq-talk-to-us = Habla con nosotros
faq-more = Mostrar más
faq-related = Preguntas relacionadas
faq-still-need-help = ¿Todavía necesitas ayuda?
faq-needs-person = Esto suele requerir la ayuda de una persona. Podemos indicarte el canal adecuado.

## Asesor: las preguntas

advisor-title = Encuentra el canal de soporte adecuado
advisor-topic = ¿De qué se trata?
advisor-urgency = ¿Qué urgencia tiene?
urgency-can_wait = Puede esperar
urgency-today = Hoy
urgency-right_now = Ahora mismo
advisor-complexity = ¿Qué necesitas enviar?
complexity-quick = Una pregunta rápida
complexity-detailed = Detalles, capturas de pantalla o documentos
advisor-preference = ¿Cómo prefieres comunicarte?
preference-text = Por escrito
preference-voice = Por teléfono
preference-none = Sin preferencia
advisor-compromise = Creo que otra persona tiene acceso a mi cuenta o movió mis fondos
advisor-results = Las mejores opciones para ti ahora
advisor-updated = Recomendaciones actualizadas: { $channel } es ahora la mejor opción.

## Asesor: tipos de canal

kind-live_chat = Chat en vivo
kind-phone = Teléfono
kind-email = Correo electrónico
kind-ticket = Solicitud de soporte
kind-social = Redes sociales
kind-community = Foro de la comunidad
kind-help_centre = Centro de ayuda

## Asesor: disponibilidad y tiempos de respuesta

open-now = Abierto ahora
open-until = Abierto ahora, hasta { $time }
closed-opens-at = Cerrado ahora. Abre: { $time } (tu hora local)
closed-no-opening = Cerrado, sin horario de apertura próximo
reply-minutes =
    { $minutes ->
        [one] Suele responder en menos de un minuto
        [many] Suele responder en menos de { $minutes } minutos
       *[other] Suele responder en menos de { $minutes } minutos
    }
reply-hours =
    { $hours ->
        [one] Suele responder en menos de una hora
        [many] Suele responder en menos de { $hours } horas
       *[other] Suele responder en menos de { $hours } horas
    }
reply-days =
    { $days ->
        [one] Suele responder en menos de un día
        [many] Suele responder en menos de { $days } días
       *[other] Suele responder en menos de { $days } días
    }
nothing-live-open = Ahora mismo no hay ningún canal en vivo abierto. El primero abre: { $time } (tu hora local). Mientras tanto, envía un correo electrónico o crea una solicitud de soporte para que tu caso quede en la cola.

## Asesor: motivos

reason-open-now = Abierto ahora
reason-closed = Cerrado ahora
reason-fast-reply = Respuestas rápidas
reason-slow-reply = Las respuestas tardan más
reason-attachments = Puedes enviar capturas de pantalla y documentos
reason-no-attachments = No admite capturas de pantalla ni documentos
reason-matches-preference = Coincide con cómo prefieres comunicarte
reason-against-preference = No es tu forma preferida, pero es mucho más rápido para un problema urgente
reason-speaks-language = Responde en tu idioma
reason-language-not-served = Puede que no responda en tu idioma
reason-live-for-urgent = Ayuda en vivo para un problema urgente
reason-not-live = No es en vivo, así que es más lento para un problema urgente
reason-security-fastest = La forma más rápida de proteger tu cuenta
reason-self-service = Quizás encuentres la respuesta por tu cuenta al instante
reason-public-channel = Canal público: nunca publiques ahí datos de tu cuenta
reason-live-wait =
    { $minutes ->
        [one] Espera actual: aproximadamente un minuto
        [many] Espera actual: aproximadamente { $minutes } min
       *[other] Espera actual: aproximadamente { $minutes } min
    }
reason-paused = En pausa ahora
escalate = ¿No recibiste respuesta en el plazo previsto? Prueba ahora con { $channel }.

## Estado en vivo (incidentes del feed de estado de la plataforma)

incident-started =
    { $minutes ->
        [0] Comenzó hace un momento
        [one] Comenzó hace un minuto
        [many] Comenzó hace { $minutes } minutos
       *[other] Comenzó hace { $minutes } minutos
    }
incident-started-hours =
    { $hours ->
        [one] Comenzó hace una hora
        [many] Comenzó hace { $hours } horas
       *[other] Comenzó hace { $hours } horas
    }
incident-details = Ver detalles
incident-dismiss = Ocultar
status-stale = El estado en vivo es de hace { $minutes } minutos porque no se pudo actualizar.

## Derivación al soporte

advisor-continue = Continuar con { $channel }
handoff-title = Comunícate por { $channel }
handoff-intro = Todo lo que hay aquí es opcional. Se queda en esta pestaña del navegador hasta que lo envíes o lo borres.
handoff-open = Abrir { $channel }
handoff-call = Llamar al { $number }
handoff-email = Escribir un correo
handoff-copy = Copiar resumen
handoff-copied = Resumen copiado.
handoff-copy-failed = Aquí no se puede copiar. Selecciona el resumen y cópialo manualmente.
handoff-prepare = Ten esto a mano
field-account_id = ID de cuenta o correo electrónico
field-transaction_id = ID de transacción o hash
field-time = Cuándo ocurrió
field-amount = Monto y moneda
field-error_text = Mensaje de error que apareció
handoff-description = Describe el problema
handoff-summary = Resumen que se enviará
handoff-clear = Borrar lo que escribí
handoff-cleared = Se borró lo que escribiste.
handoff-done = Te redirigimos a { $channel }. Lo que escribiste se borró de esta página.
handoff-phone-number = Número de teléfono
handoff-phone-ready = Cuando llames, ten a mano los datos de arriba. Este resumen no se puede enviar por teléfono.
handoff-truncated = (Texto acortado por falta de espacio. El resumen completo se puede copiar desde el panel de ayuda.)

## Comprobación de lo que escribe el usuario

field-invalid-format = Esto no parece correcto. Formato esperado: { $formats }.
field-invalid-amount = Ingresa un monto y una moneda, por ejemplo, 250 USDT.
field-invalid-time = Ingresa una fecha y una hora.
field-in-future = Esta fecha está en el futuro.
field-too-long = Este texto es demasiado largo (máximo: { $max } caracteres).
format-evm_tx_hash = 0x seguido de 64 caracteres hexadecimales
format-hex64 = 64 caracteres hexadecimales
format-base58 = ID en Base58 (letras y números)
format-digits = solo números
format-email = dirección de correo electrónico

## El resumen que se envía al soporte (redactado en el idioma del usuario)

summary-subject = { $platform }: { $topic } ({ $urgency })
summary-channel = Canal
summary-topic = Tema
summary-urgency = Urgencia
summary-name = Nombre
summary-email = Correo electrónico
summary-page = Página
summary-version = Enviado con

## Seguridad

never-share-title = Nunca compartas estos datos
never-share-body = El personal de { $platform } nunca te pedirá tu contraseña, tus códigos de 2FA, tus claves privadas ni tu frase de recuperación. Si alguien te los pide, no es el soporte de { $platform }.
account-freeze = Congela tu cuenta ahora
unofficial-site-title = Este no es un sitio oficial de { $platform }
unofficial-site-body = No confíes en los datos de contacto que aparecen aquí. Usa el centro de ayuda oficial.
unofficial-help-centre = Abrir el centro de ayuda oficial de { $platform }
secret-phrase = Esto parece una frase de recuperación. Nunca se la envíes a nadie, ni siquiera al soporte de { $platform }: quien la tenga puede robar tus fondos.
secret-key = Esto parece una clave privada. Nunca se la envíes a nadie, ni siquiera al soporte de { $platform }: quien la tenga puede robar tus fondos.
secret-remove = Eliminar
secret-not-secret = No es un dato secreto
secret-blocked = Elimina el dato secreto de tu descripción para continuar.

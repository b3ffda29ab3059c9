# Signpost: Brazilian Portuguese (pt-BR) translation of the en-US reference.
# Keep the ids and the { $variables } as in en-US.

## Botão de ajuda e painel

launcher-open = Ajuda
panel-title = Ajuda de { $platform }
panel-close = Fechar
panel-back = Voltar
panel-intro = Respostas para perguntas frequentes e a forma certa de falar com o suporte de { $platform }.

## Ajuda indisponível (não foi possível carregar a configuração)

unavailable-title = A ajuda está indisponível no momento
unavailable-body = O painel de ajuda não conseguiu carregar as configurações. Tente novamente em instantes.
unavailable-help-centre = Abrir a central de ajuda oficial

loading = Carregando a ajuda…
contact-unloaded = Não foi possível carregar as opções de contato. Verifique sua conexão e tente novamente.
contact-retry = Tentar novamente

## Seletor de idioma

language-label = Idioma
language-changed = Idioma alterado para { $language }.

## Início

home-search-label = Pesquisar nos artigos de ajuda
home-search-placeholder = Descreva seu problema, por exemplo: “falha no saque”
home-topics = Assuntos
home-popular = Mais perguntados
home-contact = Falar com o suporte
home-contact-hint = Descubra a forma oficial mais rápida de entrar em contato com { $platform }.

## Assuntos

topic-account_access = Acesso à conta
topic-security = Segurança
topic-deposit_withdrawal = Depósitos e saques
topic-payments = Pagamentos
topic-orders_refunds = Pedidos e reembolsos
topic-verification = Verificação de identidade
topic-technical = Problemas técnicos
topic-fees = Taxas
topic-other = Outras dúvidas
topic-all = Todos os assuntos

## Perguntas frequentes

faq-results =
    { $count ->
        [0] Nenhum artigo corresponde à sua pesquisa.
        [one] Um artigo corresponde à sua pesquisa.
        [many] { $count } artigos correspondem à sua pesquisa.
       *[other] { $count } artigos correspondem à sua pesquisa.
    }
faq-empty-title = Nenhuma resposta encontrada
faq-empty-body = Conte qual é o problema e indicaremos o canal de suporte certo.
faq-talk-to-us = Fale com a gente
faq-more = Mostrar mais
faq-related = Perguntas relacionadas
faq-still-need-help = Ainda precisa de ajuda?
faq-needs-person = Isso geralmente exige atendimento humano. Podemos indicar o canal certo.

## Assistente: as perguntas

advisor-title = Encontre o canal de suporte certo
advisor-topic = Qual é o assunto?
advisor-urgency = Qual é a urgência?
urgency-can_wait = Pode esperar
urgency-today = Hoje
urgency-right_now = Agora mesmo
advisor-complexity = O que você precisa enviar?
complexity-quick = Uma pergunta rápida
complexity-detailed = Detalhes, capturas de tela ou documentos
advisor-preference = Como você prefere conversar?
preference-text = Por escrito
preference-voice = Por telefone
preference-none = Sem preferência
advisor-compromise = Acho que outra pessoa tem acesso à minha conta ou movimentou meus fundos
advisor-results = Melhores opções para você agora
advisor-updated = Recomendações atualizadas: { $channel } é a melhor opção agora.

## Assistente: tipos de canal

kind-live_chat = Chat ao vivo
kind-phone = Telefone
kind-email = E-mail
kind-ticket = Chamado de suporte
kind-social = Redes sociais
kind-community = Fórum da comunidade
kind-help_centre = Central de ajuda

## Assistente: disponibilidade e tempos de resposta

open-now = Aberto agora
open-until = Aberto agora, até { $time }
closed-opens-at = Fechado agora. Abre: { $time } (seu horário local)
closed-no-opening = Fechado, sem previsão de abertura
reply-minutes =
    { $minutes ->
        [one] Costuma responder em até um minuto
        [many] Costuma responder em até { $minutes } minutos
       *[other] Costuma responder em até { $minutes } minutos
    }
reply-hours =
    { $hours ->
        [one] Costuma responder em até uma hora
        [many] Costuma responder em até { $hours } horas
       *[other] Costuma responder em até { $hours } horas
    }
reply-days =
    { $days ->
        [one] Costuma responder em até um dia
        [many] Costuma responder em até { $days } dias
       *[other] Costuma responder em até { $days } dias
    }
nothing-live-open = Nenhum canal ao vivo está aberto agora. O primeiro abre: { $time } (seu horário local). Enquanto isso, envie um e-mail ou abra um chamado para que sua solicitação entre na fila.

## Assistente: motivos

reason-open-now = Aberto agora
reason-closed = Fechado agora
reason-fast-reply = Respostas rápidas
reason-slow-reply = As respostas demoram mais
reason-attachments = Você pode enviar capturas de tela e documentos
reason-no-attachments = Não aceita capturas de tela nem documentos
reason-matches-preference = Combina com a forma como você prefere conversar
reason-against-preference = Não é a sua forma preferida, mas é muito mais rápido para um problema urgente
reason-speaks-language = Atende no seu idioma
reason-language-not-served = Pode não atender no seu idioma
reason-live-for-urgent = Ajuda ao vivo para um problema urgente
reason-not-live = Não é ao vivo, então é mais lento para um problema urgente
reason-security-fastest = A forma mais rápida de proteger sua conta
reason-self-service = Talvez você encontre a resposta agora mesmo, por conta própria
reason-public-channel = Canal público: nunca publique dados da sua conta nele
reason-live-wait =
    { $minutes ->
        [one] Espera atual de cerca de um minuto
        [many] Espera atual de cerca de { $minutes } min
       *[other] Espera atual de cerca de { $minutes } min
    }
reason-paused = Pausado agora
escalate = Sem resposta no prazo previsto? Tente em seguida: { $channel }.

## Status em tempo real (incidentes do feed de status da plataforma)

incident-started =
    { $minutes ->
        [0] Começou agora mesmo
        [one] Começou há um minuto
        [many] Começou há { $minutes } minutos
       *[other] Começou há { $minutes } minutos
    }
incident-started-hours =
    { $hours ->
        [one] Começou há uma hora
        [many] Começou há { $hours } horas
       *[other] Começou há { $hours } horas
    }
incident-details = Ver detalhes
incident-dismiss = Ocultar
status-stale = Status em tempo real de { $minutes } minutos atrás: não foi possível atualizá-lo.

## Encaminhamento ao suporte

advisor-continue = Continuar com { $channel }
handoff-title = Contato por { $channel }
handoff-intro = Tudo aqui é opcional. Os dados ficam nesta aba do navegador até você enviá-los ou apagá-los.
handoff-open = Abrir { $channel }
handoff-call = Ligar para { $number }
handoff-email = Escrever um e-mail
handoff-copy = Copiar resumo
handoff-copied = Resumo copiado.
handoff-copy-failed = Não é possível copiar aqui. Selecione o resumo e copie manualmente.
handoff-prepare = Tenha isto em mãos
field-account_id = ID da conta ou e-mail
field-transaction_id = ID ou hash da transação
field-time = Quando aconteceu
field-amount = Valor e moeda
field-error_text = Mensagem de erro exibida
handoff-description = Descreva o problema
handoff-summary = Resumo que será enviado
handoff-clear = Apagar o que eu digitei
handoff-cleared = O que você digitou foi apagado.
handoff-done = Encaminhado para { $channel }. O que você digitou foi apagado desta página.
handoff-phone-number = Número de telefone
handoff-phone-ready = Ao ligar, tenha em mãos os dados acima. Não é possível enviar este resumo pela ligação.
handoff-truncated = (Texto encurtado para caber. O resumo completo pode ser copiado no painel de ajuda.)

## Verificação do que o usuário digita

field-invalid-format = Isso não parece correto. Formato esperado: { $formats }.
field-invalid-amount = Informe um valor e uma moeda, por exemplo: 250 USDT.
field-invalid-time = Informe a data e a hora.
field-in-future = Esta data está no futuro.
field-too-long = O texto é longo demais (máximo de { $max } caracteres).
format-evm_tx_hash = 0x seguido de 64 caracteres hexadecimais
format-hex64 = 64 caracteres hexadecimais
format-base58 = ID em Base58 (letras e números)
format-digits = somente números
format-email = endereço de e-mail

## O resumo enviado ao suporte (escrito no idioma do usuário)

summary-subject = { $platform }: { $topic } ({ $urgency })
summary-channel = Canal
summary-topic = Assunto
summary-urgency = Urgência
summary-name = Nome
summary-email = E-mail
summary-page = Página
summary-version = Enviado com

## Segurança

never-share-title = Nunca compartilhe estes dados
never-share-body = A equipe de { $platform } nunca vai pedir sua senha, seus códigos de 2FA, suas chaves privadas nem sua frase de recuperação. Quem pedir esses dados não é o suporte de { $platform }.
account-freeze = Congele sua conta agora
unofficial-site-title = Este não é um site oficial de { $platform }
unofficial-site-body = Não confie nos dados de contato exibidos aqui. Use a central de ajuda oficial.
unofficial-help-centre = Abrir a central de ajuda oficial de { $platform }
secret-phrase = Isto parece uma frase de recuperação. Nunca a envie para ninguém, nem mesmo para o suporte de { $platform }: quem tiver essa frase pode roubar seus fundos.
secret-key = Isto parece uma chave privada. Nunca a envie para ninguém, nem mesmo para o suporte de { $platform }: quem tiver essa chave pode roubar seus fundos.
secret-remove = Remover
secret-not-secret = Não é um dado secreto
secret-blocked = Remova o dado secreto da sua descrição para continuar.

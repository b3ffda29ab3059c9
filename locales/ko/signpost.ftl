# Signpost: Korean (ko). Translated from en-US; keep ids and { $variables }.
# Korean has only the CLDR plural category *[other].

## 런처와 패널

launcher-open = 도움말
panel-title = { $platform } 도움말
panel-close = 닫기
panel-back = 뒤로
panel-intro = 자주 묻는 질문에 대한 답변과 { $platform } 고객지원에 문의하는 올바른 방법을 안내합니다.

## 도움말을 사용할 수 없음 (설정을 불러오지 못한 경우)

unavailable-title = 지금은 도움말을 이용할 수 없습니다
unavailable-body = 도움말 패널의 설정을 불러오지 못했습니다. 잠시 후 다시 시도해 주세요.
unavailable-help-centre = 공식 도움말 센터 열기

loading = 도움말을 불러오는 중…
contact-unloaded = 문의 방법을 불러오지 못했습니다. 연결을 확인한 후 다시 시도해 주세요.
contact-retry = 다시 시도

## 언어 선택

language-label = 언어
language-changed = 언어가 변경되었습니다: { $language }

## 홈

home-search-label = 도움말 문서 검색
home-search-placeholder = 문제를 입력해 주세요. 예: “출금 실패”
home-topics = 주제
home-popular = 자주 묻는 질문
home-contact = 고객지원 문의
home-contact-hint = { $platform }에 가장 빠르게 연락할 수 있는 공식 방법을 안내합니다.

## 주제

topic-account_access = 계정 접속
topic-security = 보안
topic-deposit_withdrawal = 입출금
topic-payments = 결제
topic-orders_refunds = 주문 및 환불
topic-verification = 본인 인증
topic-technical = 기술 문제
topic-fees = 수수료
topic-other = 기타 문의
topic-all = 전체 주제

## 자주 묻는 질문

faq-results =
    { $count ->
        [0] 검색어와 일치하는 문서가 없습니다.
       *[other] 검색어와 일치하는 문서가 { $count }개 있습니다.
    }
faq-empty-title = 답변을 찾지 못했습니다
faq-empty-body = 문제를 알려 주시면 알맞은 고객지원 채널을 안내해 드립니다.
faq-talk-to-us = 문의하기
faq-more = 더 보기
faq-related = 관련 질문
faq-still-need-help = 아직 도움이 필요하신가요?
faq-needs-person = 이 문제는 보통 상담원의 확인이 필요합니다. 알맞은 채널을 안내해 드립니다.

## 채널 안내: 질문

advisor-title = 알맞은 고객지원 채널 찾기
advisor-topic = 어떤 내용으로 문의하시나요?
advisor-urgency = 얼마나 급하신가요?
urgency-can_wait = 급하지 않음
urgency-today = 오늘 중
urgency-right_now = 지금 바로
advisor-complexity = 무엇을 보내야 하나요?
complexity-quick = 간단한 질문
complexity-detailed = 상세 내용, 스크린샷 또는 서류
advisor-preference = 어떤 방식으로 상담받고 싶으신가요?
preference-text = 글로
preference-voice = 전화로
preference-none = 상관없음
advisor-compromise = 다른 사람이 내 계정에 접근했거나 자산을 옮긴 것 같습니다
advisor-results = 현재 추천 채널
advisor-updated = 추천이 업데이트되었습니다. 지금은 { $channel } 채널이 가장 좋습니다.

## 채널 안내: 채널 종류

kind-live_chat = 실시간 채팅
kind-phone = 전화
kind-email = 이메일
kind-ticket = 1:1 문의
kind-social = SNS
kind-community = 커뮤니티 포럼
kind-help_centre = 도움말 센터

## 채널 안내: 운영 시간과 답변 시간

open-now = 운영 중
open-until = 운영 중 ({ $time }까지)
closed-opens-at = 운영 시간 아님 (현지 시간 { $time }에 시작)
closed-no-opening = 운영 시간 아님 (당분간 운영 예정 없음)
reply-minutes =
    { $minutes ->
       *[other] 보통 { $minutes }분 이내에 답변합니다
    }
reply-hours =
    { $hours ->
       *[other] 보통 { $hours }시간 이내에 답변합니다
    }
reply-days =
    { $days ->
       *[other] 보통 { $days }일 이내에 답변합니다
    }
nothing-live-open = 지금 운영 중인 실시간 채널이 없습니다. 가장 빠른 채널은 현지 시간 { $time }에 운영을 시작합니다. 그동안 이메일을 보내거나 1:1 문의를 남겨 두시면 요청이 대기열에 등록됩니다.

## 채널 안내: 추천 이유

reason-open-now = 지금 운영 중입니다
reason-closed = 지금은 운영 시간이 아닙니다
reason-fast-reply = 답변이 빠릅니다
reason-slow-reply = 답변이 오래 걸립니다
reason-attachments = 스크린샷과 서류를 보낼 수 있습니다
reason-no-attachments = 스크린샷이나 서류를 보낼 수 없습니다
reason-matches-preference = 원하시는 상담 방식입니다
reason-against-preference = 원하시는 방식은 아니지만, 급한 문제라면 훨씬 빠릅니다
reason-speaks-language = 사용하시는 언어로 답변합니다
reason-language-not-served = 사용하시는 언어로 답변하지 않을 수 있습니다
reason-live-for-urgent = 급한 문제를 실시간으로 도와드립니다
reason-not-live = 실시간 상담이 아니어서 급한 문제에는 느립니다
reason-security-fastest = 계정을 보호하는 가장 빠른 방법입니다
reason-self-service = 바로 직접 답을 찾으실 수도 있습니다
reason-public-channel = 공개 채널입니다. 계정 정보를 절대 게시하지 마세요
reason-live-wait =
    { $minutes ->
       *[other] 현재 대기 시간은 약 { $minutes }분입니다
    }
reason-paused = 지금은 운영이 일시 중단된 상태입니다
escalate = 예상 시간 내에 답변이 없나요? 다음으로 { $channel } 채널을 이용해 보세요.

## 실시간 상태 (플랫폼 상태 피드의 장애 정보)

incident-started =
    { $minutes ->
        [0] 방금 발생
       *[other] { $minutes }분 전 발생
    }
incident-started-hours =
    { $hours ->
       *[other] { $hours }시간 전 발생
    }
incident-details = 자세히 보기
incident-dismiss = 숨기기
status-stale = { $minutes }분 전의 실시간 상태입니다. 새로고침하지 못했습니다.

## 채널 연결

advisor-continue = { $channel } 채널로 계속하기
handoff-title = { $channel } 채널로 문의하기
handoff-intro = 여기에 입력하는 내용은 모두 선택 사항입니다. 보내거나 지우기 전까지는 이 브라우저 탭에만 보관됩니다.
handoff-open = { $channel } 열기
handoff-call = 전화 걸기: { $number }
handoff-email = 이메일 작성
handoff-copy = 요약 복사
handoff-copied = 요약을 복사했습니다.
handoff-copy-failed = 이곳에서는 복사가 차단되어 있습니다. 요약을 선택해 직접 복사해 주세요.
handoff-prepare = 다음 정보를 준비해 주세요
field-account_id = 계정 ID 또는 이메일
field-transaction_id = 거래 ID 또는 트랜잭션 해시
field-time = 발생 일시
field-amount = 금액 및 통화
field-error_text = 표시된 오류 메시지
handoff-description = 문제를 설명해 주세요
handoff-summary = 전송될 요약
handoff-clear = 입력한 내용 지우기
handoff-cleared = 입력하신 내용을 지웠습니다.
handoff-done = { $channel } 채널로 연결했습니다. 입력하신 내용은 이 페이지에서 삭제되었습니다.
handoff-phone-number = 전화번호
handoff-phone-ready = 이 요약은 통화로 전달되지 않으니, 전화하실 때 위 정보를 준비해 주세요.
handoff-truncated = (길이 제한으로 일부 내용을 줄였습니다. 전체 요약은 도움말 패널에서 복사할 수 있습니다.)

## 입력 내용 확인

field-invalid-format = 형식이 올바르지 않은 것 같습니다. 올바른 형식: { $formats }.
field-invalid-amount = 숫자와 통화를 입력해 주세요. 예: 250 USDT
field-invalid-time = 날짜와 시간을 입력해 주세요.
field-in-future = 미래의 날짜가 입력되었습니다.
field-too-long = 입력 내용이 너무 깁니다(최대 { $max }자).
format-evm_tx_hash = 0x 뒤에 16진수 64자리
format-hex64 = 16진수 64자리
format-base58 = Base58 ID(영문자와 숫자)
format-digits = 숫자만
format-email = 이메일 주소

## 고객지원에 보내는 요약 (사용자의 언어로 작성됨)

summary-subject = { $platform }: { $topic } ({ $urgency })
summary-channel = 채널
summary-topic = 주제
summary-urgency = 긴급도
summary-name = 이름
summary-email = 이메일
summary-page = 페이지
summary-version = 전송 도구

## 보안 안내

never-share-title = 다음 정보는 절대 알려 주지 마세요
never-share-body = { $platform } 직원은 비밀번호, 2단계 인증 코드, 개인 키, 복구 문구를 절대 요구하지 않습니다. 이를 요구하는 사람은 { $platform } 고객지원이 아닙니다.
account-freeze = 지금 계정 동결하기
unofficial-site-title = 이 사이트는 { $platform } 공식 사이트가 아닙니다
unofficial-site-body = 여기에 표시된 연락처를 믿지 마세요. 공식 도움말 센터를 이용해 주세요.
unofficial-help-centre = { $platform } 공식 도움말 센터 열기
secret-phrase = 복구 문구로 보입니다. { $platform } 고객지원을 포함해 누구에게도 절대 보내지 마세요. 이 문구를 아는 사람은 누구나 자산을 가져갈 수 있습니다.
secret-key = 개인 키로 보입니다. { $platform } 고객지원을 포함해 누구에게도 절대 보내지 마세요. 이 키를 아는 사람은 누구나 자산을 가져갈 수 있습니다.
secret-remove = 삭제하기
secret-not-secret = 비밀 정보가 아닙니다
secret-blocked = 계속하려면 문제 설명에서 비밀 정보를 삭제해 주세요.

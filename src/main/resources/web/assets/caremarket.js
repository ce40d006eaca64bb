// GOV.UK Frontend's components enhance the server-rendered pages; every page works without this script.
import { initAll } from '/assets/govuk-frontend.min.js'

initAll()

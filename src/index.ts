import { installLastResort } from './action/last-resort.js'
import { run } from './action/main.js'
installLastResort()
void run()
